package io.polybot.store;

import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.time.SimulatedClock;
import io.polybot.store.repo.RefreshTokenRepository.Rotation;
import io.polybot.store.repo.RiskDecisionRecord;
import io.polybot.store.repo.TotpState;
import io.polybot.store.repo.UserAccount;
import io.polybot.store.repo.WalletScoreRepository;
import io.polybot.store.repo.Whale;
import io.polybot.store.repo.WhaleSort;
import io.polybot.store.repo.WhaleSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.polybot.store.StoreFixtures.T0;
import static io.polybot.store.StoreFixtures.conditionId;
import static io.polybot.store.StoreFixtures.orderHash;
import static io.polybot.store.StoreFixtures.signalId;
import static io.polybot.store.StoreFixtures.tokenId;
import static io.polybot.store.StoreFixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;

/** The tables and queries the gateway reads (migration V4 and the dashboard's lists), on embedded PostgreSQL. */
final class GatewayQueriesTest {
    @TempDir static Path dataDir;
    private static SimulatedClock clock;
    private static Store store;

    @BeforeAll static void open() {
        clock = new SimulatedClock(T0);
        store = Store.open(StoreConfig.embedded(dataDir.resolve("postgres")), clock);
    }

    @AfterAll static void close() { if (store != null) store.close(); }

    @BeforeEach void empty() {
        store.jdbi().useTransaction(h -> List.of("refresh_tokens", "users", "wallet_scores", "whales", "risk_decisions", "fills", "markets")
                .forEach(table -> h.execute("DELETE FROM " + table)));
    }

    @Test void aRefreshTokenRotatesOnceAndItsReuseRevokesTheFamily() {
        var tokens = store.refreshTokens();
        Instant expires = T0.plus(Duration.ofDays(7));
        tokens.insert("hash-1", "family-a", "tom", T0, expires);
        tokens.insert("hash-x", "family-b", "tom", T0, expires);

        Rotation first = tokens.rotate("hash-1", "hash-2", T0.plusSeconds(60), expires);
        Rotation reuse = tokens.rotate("hash-1", "hash-3", T0.plusSeconds(120), expires);

        assertThat(first).isInstanceOfSatisfying(Rotation.Rotated.class, r -> {
            assertThat(r.successor().familyId()).isEqualTo("family-a");
            assertThat(r.successor().username()).isEqualTo("tom");
        });
        assertThat(reuse).isInstanceOf(Rotation.Reused.class);
        // The successor died with its family; the other sign-in is untouched; hash-3 was never stored.
        assertThat(tokens.find("hash-2").orElseThrow().revokedWhy()).isEqualTo("reused");
        assertThat(tokens.find("hash-1").orElseThrow().revokedWhy()).isEqualTo("rotated");
        assertThat(tokens.find("hash-x").orElseThrow().revoked()).isFalse();
        assertThat(tokens.find("hash-3")).isEmpty();
        assertThat(tokens.rotate("nope", "hash-4", T0, expires)).isInstanceOf(Rotation.Unknown.class);
    }

    @Test void anExpiredRefreshTokenIsNotRotated() {
        store.refreshTokens().insert("old", "family", "tom", T0, T0.plusSeconds(10));

        assertThat(store.refreshTokens().rotate("old", "new", T0.plusSeconds(10), T0.plusSeconds(100))).isInstanceOf(Rotation.Expired.class);
        assertThat(store.refreshTokens().find("new")).isEmpty();
    }

    @Test void revokingAUserRevokesEachOfTheirLiveTokens() {
        store.refreshTokens().insert("a", "f1", "tom", T0, T0.plusSeconds(100));
        store.refreshTokens().insert("b", "f2", "tom", T0, T0.plusSeconds(100));
        store.refreshTokens().insert("c", "f3", "vera", T0, T0.plusSeconds(100));

        assertThat(store.refreshTokens().revokeUser("tom", T0, "user deleted")).isEqualTo(2);
        assertThat(store.refreshTokens().find("c").orElseThrow().revoked()).isFalse();
    }

    @Test void totpEnrolmentActivatesThePendingSecretAndEachStepIsAcceptedOnce() {
        var users = store.users();
        users.create("tom", "hash", "trader");
        assertThat(users.acceptTotpStep("tom", 5)).isFalse(); // nothing active yet

        users.startTotpEnrolment("tom", "PENDINGSECRET");
        assertThat(users.totp("tom")).contains(new TotpState(null, "PENDINGSECRET", null));
        assertThat(users.activateTotp("tom", "OTHER", 10)).isFalse();
        assertThat(users.activateTotp("tom", "PENDINGSECRET", 10)).isTrue();

        assertThat(users.totp("tom")).contains(new TotpState("PENDINGSECRET", null, 10L));
        assertThat(users.acceptTotpStep("tom", 10)).isFalse();
        assertThat(users.acceptTotpStep("tom", 11)).isTrue();
        assertThat(users.acceptTotpStep("tom", 11)).isFalse();
        assertThat(users.account("tom")).contains(new UserAccount("tom", "trader", true, T0));
    }

    @Test void usersAreListedChangedAndDeletedWithoutTheirHashes() {
        store.users().create("vera", "h1", "viewer");
        store.users().create("adam", "h2", "admin");

        assertThat(store.users().updateRole("vera", "trader")).isTrue();
        assertThat(store.users().updatePasswordHash("vera", "h3")).isTrue();
        assertThat(store.users().updateRole("nobody", "trader")).isFalse();

        assertThat(store.users().accounts()).containsExactly(new UserAccount("adam", "admin", false, T0),
                new UserAccount("vera", "trader", false, T0));
        assertThat(store.users().find("vera").orElseThrow().passwordHash()).isEqualTo("h3");
        assertThat(store.users().countWithRole("admin")).isEqualTo(1);
        assertThat(store.users().delete("vera")).isTrue();
        assertThat(store.users().delete("vera")).isFalse();
    }

    @Test void whaleSummariesJoinTheLatestScoreSortAndFilterByClass() {
        var scores = new WalletScoreRepository(store.jdbi());
        scores.record(WalletScoreRepositoryTest.score(wallet(1), T0, "0.6"));
        scores.record(WalletScoreRepositoryTest.score(wallet(1), T0.plusSeconds(60), "0.7"));
        store.whales().upsert(new Whale(wallet(1), "whale one", true, true, false, "pinned", T0));
        store.whales().upsert(new Whale(wallet(2), null, false, false, true, "banned", T0));

        List<WhaleSummary> byWinRate = store.whaleSummaries().list(WhaleSort.WIN_RATE, true, 10, null);
        List<WhaleSummary> informed = store.whaleSummaries().list(WhaleSort.SCORE, false, 10, "informed");

        assertThat(byWinRate).extracting(WhaleSummary::address).containsExactly(wallet(1).value(), wallet(2).value());
        WhaleSummary one = byWinRate.get(0);
        assertThat(one.winRate()).isEqualByComparingTo("0.7");
        assertThat(one.winRateLower()).isEqualByComparingTo("0.546785");
        assertThat(one.markout24h()).isEqualByComparingTo("-0.004");
        assertThat(one.classification()).isEqualTo("informed");
        assertThat(one.trades()).isEqualTo(120);
        assertThat(one.pinned()).isTrue();
        assertThat(one.scoredAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(byWinRate.get(1)).satisfies(w -> {
            assertThat(w.banned()).isTrue();
            assertThat(w.classification()).isEqualTo("unknown");
            assertThat(w.score()).isNull();
        });
        assertThat(informed).extracting(WhaleSummary::address).containsExactly(wallet(1).value());
        assertThat(store.whaleSummaries().evidence(wallet(1))).containsEntry("twoSidedness", "0.05");
        assertThat(store.whaleSummaries().find(wallet(3))).isEmpty();
    }

    @Test void theLatestDecisionPerSignalAndDecisionsAfterARow() {
        long start = store.riskDecisions().lastId();
        store.riskDecisions().insert(new RiskDecisionRecord(signalId(1), false, "STALE_DATA", "book too old", Map.of(), T0));
        store.riskDecisions().insert(new RiskDecisionRecord(signalId(1), true, null, null, Map.of("size", "10"), T0.plusSeconds(1)));
        store.riskDecisions().insert(new RiskDecisionRecord(signalId(2), false, "POSITION_CAP", "cap", Map.of(), T0));

        var latest = store.riskDecisions().latestFor(List.of(signalId(1), signalId(2), signalId(3)));
        var after = store.riskDecisions().after(start, 2);

        assertThat(latest).containsOnlyKeys(signalId(1), signalId(2));
        assertThat(latest.get(signalId(1)).approved()).isTrue();
        assertThat(after).hasSize(2);
        assertThat(after.get(0).decision().code()).isEqualTo("STALE_DATA");
        assertThat(store.riskDecisions().after(after.get(1).id(), 10)).singleElement()
                .satisfies(n -> assertThat(n.decision().code()).isEqualTo("POSITION_CAP"));
    }

    @Test void feesAddUpPerUtcDayAndFillsComeByOrder() {
        Instant day1 = Instant.parse("2026-03-01T23:59:00Z");
        store.fills().insertIfAbsent(new Fill("t1", orderHash(1), conditionId(1), tokenId(1), Side.BUY, Price.of("0.5"), Size.of("10"),
                Usd.of("0.10"), day1));
        store.fills().insertIfAbsent(new Fill("t2", orderHash(1), conditionId(1), tokenId(1), Side.BUY, Price.of("0.5"), Size.of("10"),
                Usd.of("0.05"), day1.plusSeconds(90)));
        store.fills().insertIfAbsent(new Fill("t3", orderHash(2), conditionId(1), tokenId(1), Side.SELL, Price.of("0.6"), Size.of("5"),
                Usd.of("0.02"), day1.plusSeconds(120)));

        Map<LocalDate, BigDecimal> fees = store.fills().feesByDay(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02"));

        assertThat(fees.get(LocalDate.parse("2026-03-01"))).isEqualByComparingTo("0.10");
        assertThat(fees.get(LocalDate.parse("2026-03-02"))).isEqualByComparingTo("0.07");
        var byOrder = store.fills().forOrders(Set.of(orderHash(1), orderHash(2), orderHash(3)));
        assertThat(byOrder.get(orderHash(1))).extracting(Fill::tradeId).containsExactly("t1", "t2");
        assertThat(byOrder).containsOnlyKeys(orderHash(1), orderHash(2));
    }

    @Test void basketLeansCountTheWalletsNetBuyingEachOutcome() {
        store.jdbi().useHandle(h -> h.execute("DELETE FROM whale_trades"));
        var trades = store.walletTrades();
        trades.insert(trade("a", wallet(1), tokenId(1), Side.BUY, "0.4", "100", T0));
        trades.insert(trade("b", wallet(2), tokenId(1), Side.BUY, "0.5", "50", T0));
        trades.insert(trade("c", wallet(3), tokenId(2), Side.BUY, "0.6", "10", T0));
        trades.insert(trade("d", wallet(3), tokenId(1), Side.BUY, "0.4", "10", T0.minus(Duration.ofDays(3)))); // outside the window
        trades.insert(trade("e", wallet(4), tokenId(1), Side.BUY, "0.4", "10", T0)); // not in the basket

        var leans = new io.polybot.store.repo.BasketRepository(store.jdbi())
                .leans(Set.of(wallet(1), wallet(2), wallet(3)), T0.minus(Duration.ofHours(24)), 10);

        assertThat(leans).hasSize(2);
        assertThat(leans.get(0).token()).isEqualTo(tokenId(1));
        assertThat(leans.get(0).agreeing()).isEqualTo(2);
        assertThat(leans.get(0).active()).isEqualTo(3);
        // (0.4 * 100 + 0.5 * 50) / 150
        assertThat(leans.get(0).vwap().setScale(6, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("0.433333");
        assertThat(leans.get(1).token()).isEqualTo(tokenId(2));
        assertThat(leans.get(1).agreeing()).isEqualTo(1);
    }

    private static io.polybot.core.wallet.WalletTrade trade(String id, io.polybot.core.wallet.WalletAddress wallet, io.polybot.core.market.TokenId token,
                                                            Side side, String price, String size, Instant at) {
        return new io.polybot.core.wallet.WalletTrade(id, wallet, conditionId(1), token, "Yes", side, Price.of(price), Size.of(size), at, at,
                "0xtx" + id, 0, "test");
    }

    @Test void marketSummariesCarryQuestionCategoryAndWinner() {
        store.markets().upsert(new Market(conditionId(1), "Will it rain?", "rain", "weather", "weather",
                List.of(new OutcomeToken(tokenId(1), "Yes", 0), new OutcomeToken(tokenId(2), "No", 1)), new BigDecimal("0.01"),
                new BigDecimal("5"), false, null, MarketStatus.RESOLVED, tokenId(1)));

        var summaries = store.markets().summaries(List.of(conditionId(1), conditionId(2)));

        assertThat(summaries).containsOnlyKeys(conditionId(1));
        assertThat(summaries.get(conditionId(1)).question()).isEqualTo("Will it rain?");
        assertThat(summaries.get(conditionId(1)).category()).isEqualTo("weather");
        assertThat(summaries.get(conditionId(1)).winningToken()).isEqualTo(tokenId(1));
    }
}
