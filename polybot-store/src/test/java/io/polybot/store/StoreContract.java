package io.polybot.store;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.repo.AuditEntry;
import io.polybot.store.repo.DailyPnl;
import io.polybot.store.repo.RiskDecisionRecord;
import io.polybot.store.repo.StoredDeadLetter;
import io.polybot.store.repo.User;
import io.polybot.store.repo.Whale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.polybot.store.StoreFixtures.T0;
import static io.polybot.store.StoreFixtures.conditionId;
import static io.polybot.store.StoreFixtures.order;
import static io.polybot.store.StoreFixtures.orderHash;
import static io.polybot.store.StoreFixtures.signalId;
import static io.polybot.store.StoreFixtures.tokenId;
import static io.polybot.store.StoreFixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store's behaviour, run against every kind of PostgreSQL we support (embedded and a server).
 * Subclasses open one store per class; every test starts from empty tables.
 */
abstract class StoreContract {
    static final List<String> TABLES = List.of("markets", "market_tokens", "whales", "whale_whitelist_changes", "whale_baskets",
            "basket_wallets", "whale_trades", "signals", "risk_decisions", "copy_orders", "fills", "positions", "daily_pnl",
            "strategy_state", "dead_letters", "users", "audit_log", "tick_archive", "refresh_tokens", "wallet_scores");

    /** The store under test, opened with {@link #clock()}. */
    abstract Store store();

    abstract SimulatedClock clock();

    @BeforeEach
    void emptyTables() {
        // DELETE in one transaction, not TRUNCATE: on a server with fsync on, TRUNCATE of every table costs ~0.2 s per test.
        store().jdbi().useTransaction(handle -> TABLES.reversed().forEach(table -> handle.execute("DELETE FROM " + table)));
    }

    // --- schema ---------------------------------------------------------------------------------

    @Test
    void migrationCreatesEveryTable() {
        List<String> versions = store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank").mapTo(String.class).list());
        List<String> tables = store().jdbi().withHandle(handle -> handle.createQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()").mapTo(String.class).list());

        // V2: wallet score history, V3: maker flag (issue 5), V4: refresh tokens and TOTP (issue 7); later ones follow
        assertThat(versions).startsWith("1", "2", "3", "4");
        assertThat(tables).containsAll(TABLES);
    }

    // --- markets --------------------------------------------------------------------------------

    @Test
    void marketRoundTripsExactlyWithItsTokensInOrder() {
        Market market = market(1, MarketStatus.OPEN, null);

        store().markets().upsert(market);

        assertThat(store().markets().find(conditionId(1))).contains(market);
        assertThat(store().markets().findByToken(tokenId(12))).contains(market);
        assertThat(store().markets().find(conditionId(1)).orElseThrow().tickSize()).isEqualTo(new BigDecimal("0.001"));
    }

    @Test
    void marketUpsertReplacesStatusWinnerAndTokens() {
        store().markets().upsert(market(1, MarketStatus.OPEN, null));
        Market resolved = new Market(conditionId(1), "Will it rain in Paris on 1 March?", "rain-paris", "weather-paris", "Weather",
                List.of(new OutcomeToken(tokenId(12), "No", 1), new OutcomeToken(tokenId(13), "Maybe", 2)),
                new BigDecimal("0.01"), new BigDecimal("5"), true, T0.plusSeconds(3600), MarketStatus.RESOLVED, tokenId(12));

        store().markets().upsert(resolved);

        assertThat(store().markets().find(conditionId(1))).contains(resolved);
        assertThat(store().markets().findByToken(tokenId(11))).isEmpty();
    }

    @Test
    void allMarketsComeWithTheirOwnTokens() {
        Market first = market(1, MarketStatus.OPEN, null);
        Market second = new Market(conditionId(2), "Second?", null, null, null, List.of(new OutcomeToken(tokenId(21), "Yes", 0)),
                new BigDecimal("0.01"), BigDecimal.ZERO, false, null, MarketStatus.CLOSED, null);
        store().markets().upsert(second);
        store().markets().upsert(first);

        assertThat(store().markets().all()).containsExactly(first, second);
        assertThat(store().markets().find(conditionId(3))).isEmpty();
    }

    private static Market market(int n, MarketStatus status, TokenId winner) {
        return new Market(conditionId(n), "Will it rain in Paris on 1 March?", "rain-paris", "weather-paris", "Weather",
                List.of(new OutcomeToken(tokenId(n * 10 + 1), "Yes", 0), new OutcomeToken(tokenId(n * 10 + 2), "No", 1)),
                new BigDecimal("0.001"), new BigDecimal("5"), false, T0, status, winner);
    }

    // --- whales ---------------------------------------------------------------------------------

    @Test
    void whaleRoundTripsAndActiveWhitelistExcludesBanned() {
        Whale followed = new Whale(wallet(1), "sharp-1", true, false, false, "win rate 0.71 over 140 positions", T0);
        Whale banned = new Whale(wallet(2), "wash trader", true, true, true, "banned by operator", T0.plusSeconds(1));
        Whale scored = new Whale(wallet(3), null, false, false, false, null, T0.plusSeconds(2));
        store().whales().upsert(scored);
        store().whales().upsert(banned);
        store().whales().upsert(followed);

        assertThat(store().whales().find(wallet(2))).contains(banned);
        assertThat(store().whales().all()).containsExactly(followed, banned, scored);
        assertThat(store().whales().whitelisted()).isEqualTo(Set.of(wallet(1)));
        assertThat(store().whales().isWhitelisted(wallet(1))).isTrue();
        assertThat(store().whales().isWhitelisted(wallet(2))).isFalse();
        assertThat(store().whales().isWhitelisted(wallet(3))).isFalse();
        assertThat(store().whales().isWhitelisted(wallet(4))).isFalse();
    }

    @Test
    void whaleUpsertReplacesStateAndKeepsScores() {
        store().whales().upsert(new Whale(wallet(1), "sharp-1", true, false, false, "joined", T0));
        store().jdbi().useHandle(handle -> handle.execute("UPDATE whales SET win_rate = 0.71 WHERE address = ?", wallet(1).value()));
        Whale decayed = new Whale(wallet(1), "sharp-1", false, false, false, "rolling win rate 0.48 < lifetime 0.71 - 0.10", T0.plusSeconds(86_400));

        store().whales().upsert(decayed);

        assertThat(store().whales().find(wallet(1))).contains(decayed);
        assertThat(store().whales().whitelisted()).isEmpty();
        BigDecimal winRate = store().jdbi().withHandle(handle -> handle.createQuery("SELECT win_rate FROM whales").mapTo(BigDecimal.class).one());
        assertThat(winRate).isEqualByComparingTo("0.71");
    }

    // --- wallet trades --------------------------------------------------------------------------

    @Test
    void walletTradeIsStoredOnceWhicheverFeedDeliversIt() {
        WalletTrade fromRtds = walletTrade(0, "rtds", T0);
        WalletTrade fromDataApi = walletTrade(0, "data-api", T0.plusSeconds(4));

        assertThat(store().walletTrades().insert(fromRtds)).isTrue();
        assertThat(store().walletTrades().insert(fromDataApi)).isFalse();

        assertThat(store().walletTrades().count()).isEqualTo(1);
        assertThat(store().walletTrades().byWallet(wallet(1), 10)).containsExactly(fromRtds);
    }

    @Test
    void identicalFillWithNextOccurrenceIsASecondRow() {
        WalletTrade first = walletTrade(0, "chain", T0);
        WalletTrade second = walletTrade(1, "chain", T0);
        assertThat(second.id()).isNotEqualTo(first.id());

        assertThat(store().walletTrades().insert(first)).isTrue();
        assertThat(store().walletTrades().insert(second)).isTrue();

        assertThat(store().walletTrades().count()).isEqualTo(2);
        assertThat(store().walletTrades().byWallet(wallet(1), 10)).containsExactly(second, first);
    }

    @Test
    void aBatchOfTradesIsStoredInOneGoEachTradeOnce() {
        WalletTrade first = walletTrade(0, "rtds", T0);
        WalletTrade second = walletTrade(1, "rtds", T0);
        store().walletTrades().insert(first);

        // The first again (from another feed) is not stored twice; the batch's repeat of the second neither.
        assertThat(store().walletTrades().insertAllUnflushed(List.of(walletTrade(0, "data-api", T0), second, second))).isEqualTo(1);
        assertThat(store().walletTrades().insertAllUnflushed(List.of())).isZero();

        assertThat(store().walletTrades().byWallet(wallet(1), 10)).containsExactly(second, first);
    }

    @Test
    void byWalletReturnsThatWalletsNewestTradesUpToTheLimit() {
        WalletTrade older = trade(wallet(1), T0, "0x01");
        WalletTrade newer = trade(wallet(1), T0.plusMillis(1), "0x02");
        WalletTrade newest = trade(wallet(1), T0.plusSeconds(60), "0x03");
        WalletTrade otherWallet = trade(wallet(2), T0.plusSeconds(120), "0x04");
        for (WalletTrade trade : List.of(newer, otherWallet, older, newest)) store().walletTrades().insert(trade);

        assertThat(store().walletTrades().byWallet(wallet(1), 2)).containsExactly(newest, newer);
        assertThat(store().walletTrades().byWallet(wallet(1), 10)).containsExactly(newest, newer, older);
        assertThat(store().walletTrades().byWallet(wallet(3), 10)).isEmpty();
    }

    private static WalletTrade walletTrade(int occurrence, String source, Instant receivedAt) {
        return new WalletTrade(null, wallet(1), conditionId(1), tokenId(11), "Yes", Side.BUY, Price.of("0.62"), Size.of("20000.123456"),
                T0, receivedAt, "0xabc123", occurrence, source);
    }

    private static WalletTrade trade(WalletAddress wallet, Instant eventTime, String transactionHash) {
        return new WalletTrade(null, wallet, conditionId(1), tokenId(11), null, Side.SELL, Price.of("0.35"), Size.of("100"),
                eventTime, null, transactionHash, 0, null);
    }

    // --- signals and risk decisions -------------------------------------------------------------

    @Test
    void signalRoundTripsWithProvenanceAndIsStoredOnce() {
        Signal signal = signal(1, T0);

        assertThat(store().signals().insertIfAbsent(signal)).isTrue();
        assertThat(store().signals().insertIfAbsent(signal(1, T0.plusSeconds(5)))).isFalse();

        assertThat(store().signals().find(signal.id())).contains(signal);
        assertThat(store().signals().find(signalId(99))).isEmpty();
    }

    @Test
    void aBatchOfSignalsAnswersTheNewOnes() {
        Signal stored = signal(1, T0);
        store().signals().insertIfAbsent(stored);
        Signal fresh = signal(2, T0.plusSeconds(1));

        assertThat(store().signals().insertAllIfAbsentUnflushed(List.of(signal(1, T0.plusSeconds(5)), fresh, fresh))).containsExactly(fresh);

        assertThat(store().signals().find(stored.id())).contains(stored);
        assertThat(store().signals().find(fresh.id())).contains(fresh);
    }

    @Test
    void recentSignalsAreNewestFirst() {
        Signal first = signal(1, T0);
        Signal second = signal(2, T0.plusSeconds(1));
        Signal third = new Signal(signalId(3), "basket-consensus", conditionId(2), tokenId(21), null, Side.SELL, Price.of("0.4"),
                null, null, null, T0.plusSeconds(2));
        store().signals().insertIfAbsent(second);
        store().signals().insertIfAbsent(third);
        store().signals().insertIfAbsent(first);

        assertThat(store().signals().recent(2)).containsExactly(third, second);
        assertThat(store().signals().recent(10)).containsExactly(third, second, first);
    }

    private static Signal signal(int n, Instant createdAt) {
        return new Signal(signalId(n), "whale-copy", conditionId(1), tokenId(11), "Yes", Side.BUY, Price.of("0.62"),
                Usd.of("12500.50"), "whale " + wallet(1) + " bought $12,500",
                Map.of("wallet", wallet(1).value(), "tradeId", "t-" + n, "winRate", "0.71"), createdAt);
    }

    @Test
    void riskDecisionsRoundTripPerSignalAndNewestFirst() {
        SignalId signal = signalId(1);
        RiskDecisionRecord denied = new RiskDecisionRecord(signal, false, "POSITION_CAP", "5% of equity is $500.00",
                Map.of("cap", "500.00", "equity", "10000.000001"), T0);
        RiskDecisionRecord approved = new RiskDecisionRecord(signal, true, null, null, Map.of(), T0.plusSeconds(30));
        RiskDecisionRecord other = new RiskDecisionRecord(signalId(2), false, "HALTED", "kill switch", null, T0.plusSeconds(10));
        store().riskDecisions().insert(denied);
        store().riskDecisions().insert(approved);
        store().riskDecisions().insert(other);

        assertThat(store().riskDecisions().forSignal(signal)).containsExactly(denied, approved);
        assertThat(store().riskDecisions().recent(2)).containsExactly(approved, other);
        assertThat(store().riskDecisions().forSignal(signalId(3))).isEmpty();
    }

    @Test
    void addRealizedAddsToTheDayAndLeavesTheMarkAlone() {
        LocalDate day = LocalDate.of(2026, 11, 21);

        assertThat(store().dailyPnl().addRealized(day, Usd.of("-12.5"), T0)).isEqualTo(Usd.of("-12.5"));
        store().dailyPnl().upsert(new DailyPnl(day, Usd.of("-12.5"), Usd.of("40"), Usd.of("10027.5"), T0.plusSeconds(30)));
        assertThat(store().dailyPnl().addRealized(day, Usd.of("20.25"), T0.plusSeconds(60))).isEqualTo(Usd.of("7.75"));

        assertThat(store().dailyPnl().between(day, day)).singleElement().satisfies(d -> {
            assertThat(d.realizedPnl()).isEqualTo(Usd.of("7.75"));
            assertThat(d.unrealizedPnl()).isEqualTo(Usd.of("40"));
            assertThat(d.equity()).isEqualTo(Usd.of("10027.5"));
        });
    }

    @Test
    void riskDecisionsInsertedAsABatchKeepTheirOrder() {
        SignalId signal = signalId(1);
        RiskDecisionRecord approved = new RiskDecisionRecord(signal, true, "APPROVED", "buy 100 at or below 0.51", Map.of("size", "100"), T0);
        RiskDecisionRecord duplicate = new RiskDecisionRecord(signal, false, "DUPLICATE_SIGNAL", "an order exists", Map.of(), T0);

        store().riskDecisions().insertAll(List.of(approved, duplicate));
        store().riskDecisions().insertAll(List.of());

        assertThat(store().riskDecisions().forSignal(signal)).containsExactly(approved, duplicate);
    }

    // --- orders and fills -----------------------------------------------------------------------

    @Test
    void orderRoundTripsExactly() {
        Order order = new Order(orderHash(1), signalId(1), conditionId(1), tokenId(11), Side.SELL, Price.of("0.995"),
                Size.of("1234.567891"), Size.of("0.000001"), OrderStatus.UNKNOWN, TimeInForce.FAK, "timeout after 5000 ms",
                T0, T0.plusNanos(1_000));

        assertThat(store().orders().insertIfAbsent(order)).isTrue();

        assertThat(store().orders().find(orderHash(1))).contains(order);
        assertThat(store().orders().findBySignal(signalId(1))).contains(order);
        assertThat(store().orders().find(orderHash(2))).isEmpty();
    }

    @Test
    void insertIfAbsentRefusesASecondOrderForTheSameSignal() {
        Order first = order(1, signalId(1), OrderStatus.NEW, T0);
        Order sameHash = order(1, signalId(2), OrderStatus.NEW, T0);
        Order sameSignal = order(2, signalId(1), OrderStatus.NEW, T0.plusSeconds(1));

        assertThat(store().orders().insertIfAbsent(first)).isTrue();
        assertThat(store().orders().insertIfAbsent(sameHash)).isFalse();
        assertThat(store().orders().insertIfAbsent(sameSignal)).isFalse();

        assertThat(store().orders().find(orderHash(2))).isEmpty();
        assertThat(store().orders().findBySignal(signalId(1))).contains(first);
        assertThat(store().orders().recent(10)).containsExactly(first);
    }

    @Test
    void anUnflushedInsertIsStoredAndStillRefusesASecondOrderForTheSignal() {
        Order first = order(1, signalId(1), OrderStatus.SUBMITTED, T0);

        assertThat(store().orders().insertIfAbsentUnflushed(first)).isTrue();
        assertThat(store().orders().insertIfAbsentUnflushed(order(2, signalId(1), OrderStatus.SUBMITTED, T0))).isFalse();
        store().orders().insertIfAbsent(order(3, signalId(3), OrderStatus.NEW, T0));

        assertThat(store().orders().findBySignal(signalId(1))).contains(first);
        assertThat(store().orders().keys()).containsOnly(Map.entry(orderHash(1), signalId(1)), Map.entry(orderHash(3), signalId(3)));
    }

    @Test
    void updateWritesStatusFilledReasonAndTime() {
        Order order = order(1, signalId(1), OrderStatus.SUBMITTED, T0);
        store().orders().insertIfAbsent(order);
        Order partial = order.with(OrderStatus.PARTIALLY_FILLED, Size.of("60.25"), "matched 60.25 of 125.5", T0.plusSeconds(2));

        store().orders().update(partial);

        assertThat(store().orders().find(orderHash(1))).contains(partial);
    }

    @Test
    void updateOfAnUnknownOrderFails() {
        assertThatThrownBy(() -> store().orders().update(order(1, signalId(1), OrderStatus.LIVE, T0)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(orderHash(1).value());
    }

    @Test
    void openExcludesTerminalOrders() {
        OrderStatus[] statuses = OrderStatus.values();
        for (int i = 0; i < statuses.length; i++)
            store().orders().insertIfAbsent(order(i + 1, signalId(i + 1), statuses[i], T0.plusSeconds(i)));

        List<OrderStatus> open = store().orders().open().stream().map(Order::status).toList();

        assertThat(open).containsExactly(Arrays.stream(statuses).filter(status -> !status.terminal()).toArray(OrderStatus[]::new));
        assertThat(open).doesNotContain(OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.EXPIRED, OrderStatus.REJECTED);
        assertThat(store().orders().recent(2)).extracting(Order::status).containsExactly(statuses[statuses.length - 1], statuses[statuses.length - 2]);
    }

    @Test
    void fillIsStoredOncePerTradeAndOrder() {
        Fill first = fill("trade-1", 1, "40", T0);
        Fill second = fill("trade-2", 1, "85.5", T0.plusSeconds(1));
        Fill otherOrderSameTrade = fill("trade-2", 2, "10", T0.plusSeconds(1));

        assertThat(store().fills().insertIfAbsent(second)).isTrue();
        assertThat(store().fills().insertIfAbsent(first)).isTrue();
        assertThat(store().fills().insertIfAbsent(fill("trade-1", 1, "40", T0))).isFalse();
        assertThat(store().fills().insertIfAbsent(otherOrderSameTrade)).isTrue();

        assertThat(store().fills().forOrder(orderHash(1))).containsExactly(first, second);
        assertThat(store().fills().recent(2)).containsExactly(second, otherOrderSameTrade);
        assertThat(store().fills().forOrder(orderHash(3))).isEmpty();
    }

    private static Fill fill(String tradeId, int order, String size, Instant at) {
        return new Fill(tradeId, orderHash(order), conditionId(1), tokenId(11), Side.BUY, Price.of("0.57"), Size.of(size),
                Usd.of("0.0125"), at);
    }

    // --- positions and PnL ----------------------------------------------------------------------

    @Test
    void positionUpsertRoundTripsExactDecimals() {
        Position opened = Position.flat(conditionId(1), tokenId(11), "Yes", T0)
                .apply(new Fill("t1", orderHash(1), conditionId(1), tokenId(11), Side.BUY, Price.of("0.333"), Size.of("10.5555"), Usd.of("0.01"), T0.plusSeconds(1)));
        Position huge = new Position(conditionId(2), tokenId(21), null, Size.of("12345678901234567890.123456789012"),
                Usd.of("98765432109876543210.987654321"), Usd.of("-0.000000000001"), Usd.ZERO, T0);
        store().positions().upsert(opened);
        store().positions().upsert(huge);
        Position reduced = opened.apply(new Fill("t2", orderHash(2), conditionId(1), tokenId(11), Side.SELL, Price.of("0.41"),
                Size.of("3"), Usd.of("0.002"), T0.plusSeconds(2)));

        store().positions().upsert(reduced);

        assertThat(store().positions().find(tokenId(11))).contains(reduced);
        assertThat(store().positions().find(tokenId(21))).contains(huge);
        assertThat(store().positions().all()).containsExactly(reduced, huge);
        assertThat(store().positions().find(tokenId(31))).isEmpty();
    }

    @Test
    void dailyPnlUpsertsPerDayAndReadsAnInclusiveRange() {
        LocalDate day = LocalDate.of(2026, 3, 1);
        DailyPnl first = new DailyPnl(day, Usd.of("-12.5"), Usd.of("3.000001"), Usd.of("9990.5"), T0);
        DailyPnl next = new DailyPnl(day.plusDays(1), Usd.ZERO, Usd.of("1"), Usd.of("10000"), T0.plusSeconds(86_400));
        DailyPnl later = new DailyPnl(day.plusDays(5), Usd.of("1"), Usd.ZERO, Usd.of("10001"), T0.plusSeconds(5 * 86_400));
        store().dailyPnl().upsert(new DailyPnl(day, Usd.ZERO, Usd.ZERO, Usd.of("10000"), T0.minusSeconds(60)));
        store().dailyPnl().upsert(first);
        store().dailyPnl().upsert(next);
        store().dailyPnl().upsert(later);

        assertThat(store().dailyPnl().between(day, day.plusDays(1))).containsExactly(first, next);
        assertThat(store().dailyPnl().between(day.minusDays(10), day.plusDays(10))).containsExactly(first, next, later);
        assertThat(store().dailyPnl().between(day.plusDays(2), day.plusDays(4))).isEmpty();
    }

    // --- operations -----------------------------------------------------------------------------

    @Test
    void deadLettersStayOpenUntilMarked() {
        DeadLetter malformed = new DeadLetter("env-1", "wallet-trades", "strategy", "WalletTrade", "price must be in (0, 1)", 3,
                "{\"price\": 1.5, truncated", T0);
        DeadLetter other = new DeadLetter("env-2", "signals", "execution", null, "boom", 1, null, T0.plusSeconds(1));
        long first = store().deadLetters().insert(malformed);
        long second = store().deadLetters().insert(other);

        assertThat(store().deadLetters().open()).containsExactly(
                new StoredDeadLetter(first, malformed, "OPEN"), new StoredDeadLetter(second, other, "OPEN"));

        store().deadLetters().markStatus(first, StoredDeadLetter.RETRIED);

        assertThat(store().deadLetters().open()).containsExactly(new StoredDeadLetter(second, other, "OPEN"));
        assertThatThrownBy(() -> store().deadLetters().markStatus(second, "LOST")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().deadLetters().markStatus(second + 100, "DISCARDED")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void usersAreCreatedOnceAndFoundByName() {
        assertThat(store().users().count()).isZero();

        User admin = store().users().create("admin", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", "ADMIN");

        assertThat(admin).isEqualTo(new User(admin.id(), "admin", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA", "ADMIN", clock().now()));
        assertThat(store().users().find("admin")).contains(admin);
        assertThat(store().users().find("nobody")).isEmpty();
        assertThat(store().users().count()).isEqualTo(1);
        assertThatThrownBy(() -> store().users().create("admin", "x", "VIEWER")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void auditLogIsReadNewestFirst() {
        Instant first = clock().now();
        store().auditLog().record("admin", "KILL_SWITCH", "halted from dashboard");
        clock().advance(Duration.ofNanos(1_000));
        store().auditLog().record("scoring", "WHITELIST_REMOVE", null);

        List<AuditEntry> recent = store().auditLog().recent(10);

        assertThat(recent).extracting(AuditEntry::action).containsExactly("WHITELIST_REMOVE", "KILL_SWITCH");
        assertThat(recent.get(1)).isEqualTo(new AuditEntry(recent.get(1).id(), "admin", "KILL_SWITCH", "halted from dashboard", first));
        assertThat(recent.get(0).at()).isEqualTo(first.plusNanos(1_000));
        assertThat(store().auditLog().recent(1)).containsExactly(recent.get(0));
    }

    @Test
    void strategyStateKeepsJsonValuesPerStrategyAndKey() {
        record Window(String name, BigDecimal threshold, List<String> wallets) {}
        Window window = new Window("48h", new BigDecimal("0.80"), List.of(wallet(1).value()));
        store().strategyState().put("basket-consensus", "window", window);
        store().strategyState().put("basket-consensus", "minimumWallets", 3);
        store().strategyState().put("basket-consensus", "minimumWallets", 4);

        assertThat(store().strategyState().get("basket-consensus", "window", Window.class)).contains(window);
        assertThat(store().strategyState().get("basket-consensus", "minimumWallets", Integer.class)).contains(4);
        assertThat(store().strategyState().all("basket-consensus")).containsOnlyKeys("minimumWallets", "window");
        store().strategyState().remove("basket-consensus", "window");
        assertThat(store().strategyState().get("basket-consensus", "window", Window.class)).isEmpty();
    }

    // --- time precision -------------------------------------------------------------------------

    @Test
    void timestampsKeepMicrosecondsAndDropNanoseconds() {
        Instant withNanos = Instant.parse("2026-03-01T12:34:56.123456789Z");
        store().signals().insertIfAbsent(new Signal(signalId(1), "s", conditionId(1), tokenId(11), null, Side.BUY, Price.of("0.5"),
                null, null, null, withNanos));

        assertThat(store().signals().find(signalId(1)).orElseThrow().createdAt()).isEqualTo(Instant.parse("2026-03-01T12:34:56.123456Z"));
    }
}
