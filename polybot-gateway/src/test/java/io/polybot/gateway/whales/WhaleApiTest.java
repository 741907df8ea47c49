package io.polybot.gateway.whales;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.StrategyChange;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.gateway.RunningGateway;
import io.polybot.gateway.TestApi;
import io.polybot.gateway.auth.Role;
import io.polybot.store.Store;
import io.polybot.store.repo.AuditEntry;
import io.polybot.store.repo.BasketRepository;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.store.repo.WalletScoreRepository;
import io.polybot.store.repo.Whale;
import io.polybot.store.repo.WhitelistChange;
import io.polybot.store.repo.WhitelistChangeRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.polybot.gateway.TestApi.call;
import static io.polybot.gateway.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Whales, baskets and strategies over real HTTP, from rows in embedded PostgreSQL. */
class WhaleApiTest {
    static final byte[] SECRET = "whale-api-secret-0123456789abcdefg".getBytes(StandardCharsets.UTF_8);
    static final WalletAddress INFORMED = new WalletAddress("0x" + "1".repeat(40));
    static final WalletAddress MAKER = new WalletAddress("0x" + "2".repeat(40));
    static final WalletAddress THIRD = new WalletAddress("0x" + "3".repeat(40));
    static final ConditionId MARKET = new ConditionId("0x" + "ee".repeat(32));
    static final TokenId YES = new TokenId("1001");
    static final TokenId NO = new TokenId("1002");
    static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
    @TempDir static Path dataDir;
    static RunningGateway gateway;
    static Store store;
    static int port;
    static String viewer;
    static String trader;
    static final List<Envelope<?>> control = new CopyOnWriteArrayList<>();

    @BeforeAll static void start() throws Exception {
        gateway = RunningGateway.start(dataDir, SECRET, "whale-admin-password", bus -> bus.subscribe(Topic.CONTROL, "test", control::add));
        store = gateway.store();
        port = gateway.port();
        TestApi.createUser(store, "vic", "vic-password-1234", Role.VIEWER);
        TestApi.createUser(store, "tara", "tara-password-123", Role.TRADER);
        viewer = TestApi.accessToken(port, "vic", "vic-password-1234");
        trader = TestApi.accessToken(port, "tara", "tara-password-123");

        var scores = new WalletScoreRepository(store.jdbi());
        scores.record(score(INFORMED, T0.minus(Duration.ofDays(1)), "0.60", "0.010", "INFORMED"));
        scores.record(score(INFORMED, T0, "0.70", "0.020", "INFORMED"));
        scores.record(score(MAKER, T0, "0.52", "0.001", "MARKET_MAKER"));
        store.whales().upsert(new Whale(INFORMED, "the informed one", true, false, false, "scored", T0));
        new WhitelistChangeRepository(store.jdbi()).record(new WhitelistChange(INFORMED, true, "score 0.02 above join", "scoring", T0));
        store.markets().upsert(new Market(MARKET, "Will it rain in Lisbon?", "rain", "rain", "weather",
                List.of(new OutcomeToken(YES, "Yes", 0), new OutcomeToken(NO, "No", 1)), new BigDecimal("0.01"), new BigDecimal("5"),
                false, null, MarketStatus.OPEN, null));
        store.walletTrades().insert(trade("t1", INFORMED, YES, "0.40", "30000", T0));
        store.walletTrades().insert(trade("t2", MAKER, YES, "0.50", "1000", T0.plusSeconds(60)));
        store.walletTrades().insert(trade("t3", THIRD, NO, "0.55", "500", T0.plusSeconds(120)));
        new BasketRepository(store.jdbi()).save("rain watchers", "weather", Set.of(INFORMED, MAKER, THIRD), T0);
    }

    @AfterAll static void stop() {
        if (gateway != null) gateway.close();
    }

    static WalletScoreRecord score(WalletAddress w, Instant at, String winRate, String score, String classification) {
        return new WalletScoreRecord(w, at, 120, 40, 31, 28, new BigDecimal(winRate), new BigDecimal("0.55"), new BigDecimal("0.81"), 40, 28,
                new BigDecimal("0.7"), new BigDecimal("0.55"), new BigDecimal("0.81"), new BigDecimal("0.51"), new BigDecimal("0.41"),
                new BigDecimal("0.38"), new BigDecimal("0.39"), Usd.of("1234.5"), new BigDecimal("0.031"), 90, new BigDecimal("-0.004"), 85, false,
                new BigDecimal(score), "group-1", classification, Map.of("twoSidedness", "0.05", "holdsToResolution", "true", "note", "n/a"));
    }

    static WalletTrade trade(String id, WalletAddress wallet, TokenId token, String price, String size, Instant at) {
        return new WalletTrade(id, wallet, MARKET, token, token.equals(YES) ? "Yes" : "No", Side.BUY, Price.of(price), Size.of(size), at, at,
                "0xtx" + id, 0, "test");
    }

    List<StrategyChange> changes() {
        return control.stream().map(Envelope::payload).filter(StrategyChange.class::isInstance).map(StrategyChange.class::cast).toList();
    }

    @Test void theListIsSortedFilteredAndCarriesTheLatestScore() throws Exception {
        JsonNode byScore = json(call(port, "GET", "/api/whales?sort=score&dir=desc", viewer, null));
        JsonNode makers = json(call(port, "GET", "/api/whales?class=market_maker", viewer, null));
        JsonNode byWinRateAsc = json(call(port, "GET", "/api/whales?sort=winRate&dir=asc&limit=1", viewer, null));

        assertThat(byScore.get(0).get("address").asString()).isEqualTo(INFORMED.value());
        JsonNode informed = byScore.get(0);
        assertThat(informed.get("score").decimalValue()).isEqualByComparingTo("0.020");
        assertThat(informed.get("winRate").decimalValue()).isEqualByComparingTo("0.70");
        assertThat(informed.get("winRateLower").decimalValue()).isEqualByComparingTo("0.55");
        assertThat(informed.get("classification").asString()).isEqualTo("informed");
        assertThat(informed.get("label").asString()).isEqualTo("the informed one");
        assertThat(informed.get("whitelisted").asBoolean()).isTrue();
        assertThat(informed.get("linkedGroup").asString()).isEqualTo("group-1");
        assertThat(informed.get("trades").asInt()).isEqualTo(120);
        assertThat(makers).singleElement().satisfies(w -> assertThat(w.get("address").asString()).isEqualTo(MAKER.value()));
        assertThat(byWinRateAsc).singleElement().satisfies(w -> assertThat(w.get("address").asString()).isEqualTo(MAKER.value()));
        assertThat(call(port, "GET", "/api/whales?sort=luck", viewer, null).body())
                .isEqualTo("{\"error\":\"sort must be one of score, sharpe, winRate, kelly, ev, trades, was 'luck'\",\"status\":400}");
        assertThat(call(port, "GET", "/api/whales?class=whale", viewer, null).statusCode()).isEqualTo(400);
    }

    @Test void oneWalletComesWithHistoryTradesEvidenceAndChanges() throws Exception {
        JsonNode detail = json(call(port, "GET", "/api/whales/" + INFORMED.value().toUpperCase().replace("0X", "0x"), viewer, null));

        assertThat(detail.get("whale").get("address").asString()).isEqualTo(INFORMED.value());
        assertThat(detail.get("history").size()).isEqualTo(2);
        assertThat(detail.get("history").get(0).get("winRate").decimalValue()).isEqualByComparingTo("0.70");
        assertThat(detail.get("history").get(1).get("score").decimalValue()).isEqualByComparingTo("0.010");
        assertThat(detail.get("trades")).singleElement().satisfies(t -> {
            assertThat(t.get("question").asString()).isEqualTo("Will it rain in Lisbon?");
            assertThat(t.get("notional").decimalValue()).isEqualByComparingTo("12000");
            assertThat(t.get("side").asString()).isEqualTo("BUY");
        });
        assertThat(detail.get("evidence").get("twoSidedness").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(detail.get("evidence").get("holdsToResolution").asBoolean()).isTrue();
        assertThat(detail.get("evidence").get("note").asString()).isEqualTo("n/a");
        assertThat(detail.get("changes").get(0).get("actor").asString()).isEqualTo("scoring");
        assertThat(call(port, "GET", "/api/whales/0x" + "9".repeat(40), viewer, null).statusCode()).isEqualTo(404);
        assertThat(call(port, "GET", "/api/whales/not-a-wallet", viewer, null).statusCode()).isEqualTo(400);
    }

    @Test void pinningAndBanningWriteTheRowAChangeAnAuditEntryAndTellTheStrategyRole() throws Exception {
        HttpResponse<String> pin = call(port, "POST", "/api/whales/" + MAKER.value() + "/pin", trader, "{\"reason\":\"I know this desk\"}");
        HttpResponse<String> ban = call(port, "POST", "/api/whales/" + THIRD.value() + "/ban", trader, "{\"reason\":\"wash trading\"}");
        HttpResponse<String> noReason = call(port, "POST", "/api/whales/" + THIRD.value() + "/unban", trader, "{}");
        HttpResponse<String> byViewer = call(port, "POST", "/api/whales/" + THIRD.value() + "/unban", viewer, "{\"reason\":\"x\"}");

        assertThat(pin.statusCode()).isEqualTo(200);
        assertThat(json(pin).get("pinned").asBoolean()).isTrue();
        assertThat(json(pin).get("whitelisted").asBoolean()).isTrue();
        assertThat(json(ban).get("banned").asBoolean()).isTrue();
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(byViewer.statusCode()).isEqualTo(403);
        assertThat(store.whales().whitelisted()).contains(MAKER).doesNotContain(THIRD);
        assertThat(new WhitelistChangeRepository(store.jdbi()).history(MAKER)).singleElement().satisfies(c -> {
            assertThat(c.whitelisted()).isTrue();
            assertThat(c.actor()).isEqualTo("tara");
            assertThat(c.reason()).isEqualTo("pin by tara: I know this desk");
        });
        assertThat(store.auditLog().recent(50)).extracting(AuditEntry::action).contains("whale.pin", "whale.ban");
        await().untilAsserted(() -> assertThat(changes()).filteredOn(c -> c.target().equals(StrategyChange.WHITELIST))
                .extracting(StrategyChange::parameters)
                .contains(Map.of("action", "pin", "address", MAKER.value()), Map.of("action", "ban", "address", THIRD.value())));
    }

    @Test void strategiesAreListedWithTheirRanges() throws Exception {
        JsonNode strategies = json(call(port, "GET", "/api/strategies", viewer, null));

        assertThat(strategies).extracting(s -> s.get("name").asString()).containsExactly("whale-copy", "basket-copy");
        assertThat(strategies.get(0).get("enabled").asBoolean()).isTrue(); // basket-copy may have been disabled by another test
        assertThat(strategies.get(0).get("parameters").get(0).get("value").decimalValue()).isEqualByComparingTo("10000");
        JsonNode basket = strategies.get(1);
        assertThat(basket.get("parameters")).extracting(p -> p.get("key").asString()).containsExactly("consensusShare", "window", "minWallets");
        JsonNode window = basket.get("parameters").get(1);
        assertThat(window.get("type").asString()).isEqualTo("duration");
        assertThat(window.get("min").asString()).isEqualTo("PT1H");
        JsonNode minWallets = basket.get("parameters").get(2);
        assertThat(minWallets.get("type").asString()).isEqualTo("integer");
        assertThat(minWallets.get("max").decimalValue()).isEqualByComparingTo("50");
    }

    @Test void aStrategyChangeIsValidatedKeptAuditedAndPublished() throws Exception {
        HttpResponse<String> tooSmall = call(port, "PUT", "/api/strategies/whale-copy", trader, "{\"parameters\":{\"minWhaleNotional\": 5}}");
        HttpResponse<String> unknown = call(port, "PUT", "/api/strategies/whale-copy", trader, "{\"parameters\":{\"leverage\": 5}}");
        HttpResponse<String> noStrategy = call(port, "PUT", "/api/strategies/momentum", trader, "{\"enabled\": false}");
        HttpResponse<String> byViewer = call(port, "PUT", "/api/strategies/whale-copy", viewer, "{\"enabled\": false}");

        HttpResponse<String> changed = call(port, "PUT", "/api/strategies/basket-copy", trader,
                "{\"enabled\": false, \"parameters\": {\"window\": \"PT48H\", \"minWallets\": 4, \"consensusShare\": \"0.85\"}}");

        assertThat(tooSmall.body()).isEqualTo("{\"error\":\"minWhaleNotional must be between 100 and 10000000, was 5\",\"status\":400}");
        assertThat(unknown.body()).isEqualTo(
                "{\"error\":\"unknown parameter 'leverage' of whale-copy; known: minWhaleNotional, maxEntryPrice\",\"status\":400}");
        assertThat(noStrategy.statusCode()).isEqualTo(404);
        assertThat(byViewer.statusCode()).isEqualTo(403);
        assertThat(changed.statusCode()).isEqualTo(200);
        JsonNode basket = json(changed);
        assertThat(basket.get("enabled").asBoolean()).isFalse();
        assertThat(basket.get("parameters").get(0).get("value").decimalValue()).isEqualByComparingTo("0.85");
        assertThat(basket.get("parameters").get(1).get("value").asString()).isEqualTo("PT48H");
        assertThat(basket.get("parameters").get(2).get("value").asInt()).isEqualTo(4);
        // Kept: a later list shows it.
        JsonNode listed = json(call(port, "GET", "/api/strategies", viewer, null)).get(1);
        assertThat(listed.get("parameters").get(1).get("value").asString()).isEqualTo("PT48H");
        await().untilAsserted(() -> assertThat(changes()).filteredOn(c -> c.target().equals("basket-copy")).singleElement()
                .satisfies(c -> {
                    assertThat(c.parameters()).isEqualTo(Map.of("enabled", "false", "window", "PT48H", "minWallets", "4", "consensusShare", "0.85"));
                    assertThat(c.actor()).isEqualTo("tara");
                }));
        assertThat(store.auditLog().recent(50)).extracting(AuditEntry::action).contains("strategy.update");
        // The basket view now counts 48 hours.
        assertThat(json(call(port, "GET", "/api/baskets", viewer, null)).get(0).get("consensus").get(0).get("windowHours").asLong()).isEqualTo(48);
    }

    @Test void basketsShowWhatTheirWalletsLeanTowards() throws Exception {
        JsonNode baskets = json(call(port, "GET", "/api/baskets", viewer, null));

        assertThat(baskets).singleElement().satisfies(b -> {
            assertThat(b.get("id").asString()).isEqualTo("rain watchers");
            assertThat(b.get("category").asString()).isEqualTo("weather");
            assertThat(b.get("userDefined").asBoolean()).isTrue();
            assertThat(b.get("wallets")).extracting(JsonNode::asString).containsExactly(INFORMED.value(), MAKER.value(), THIRD.value());
            JsonNode yes = b.get("consensus").get(0);
            assertThat(yes.get("token").asString()).isEqualTo(YES.value());
            assertThat(yes.get("question").asString()).isEqualTo("Will it rain in Lisbon?");
            assertThat(yes.get("wallets").asInt()).isEqualTo(2);
            assertThat(yes.get("share").decimalValue()).isEqualByComparingTo("0.6667");
            // (0.40 * 30000 + 0.50 * 1000) / 31000
            assertThat(yes.get("vwap").decimalValue()).isEqualByComparingTo("0.403226");
        });
    }
}
