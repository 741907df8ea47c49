package io.polybot.gateway.overview;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.Topic;
import io.polybot.core.feed.FeedHealth;
import io.polybot.core.market.ConditionId;
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
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingStatus;
import io.polybot.gateway.RunningGateway;
import io.polybot.gateway.TestApi;
import io.polybot.gateway.auth.Role;
import io.polybot.store.Store;
import io.polybot.store.repo.DailyPnl;
import io.polybot.store.repo.RiskDecisionRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.polybot.gateway.TestApi.call;
import static io.polybot.gateway.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Overview, system, trading lists and the audit log over real HTTP, from rows in embedded PostgreSQL and reports on the bus. */
class ConsoleDataApiTest {
    static final byte[] SECRET = "console-data-secret-0123456789abcd".getBytes(StandardCharsets.UTF_8);
    static final ConditionId RAIN = new ConditionId("0x" + "a1".repeat(32));
    static final ConditionId ELECTION = new ConditionId("0x" + "b2".repeat(32));
    static final TokenId RAIN_YES = new TokenId("11");
    static final TokenId RAIN_NO = new TokenId("12");
    static final TokenId ELECTION_YES = new TokenId("21");
    static final TokenId ELECTION_NO = new TokenId("22");
    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    @TempDir static Path dataDir;
    static RunningGateway gateway;
    static Store store;
    static int port;
    static String viewer;

    @BeforeAll static void start() throws Exception {
        gateway = RunningGateway.start(dataDir, SECRET, "console-admin-password");
        store = gateway.store();
        port = gateway.port();
        TestApi.createUser(store, "val", "val-password-1234", Role.VIEWER);
        viewer = TestApi.accessToken(port, "val", "val-password-1234");

        store.markets().upsert(market(RAIN, "Will it rain?", "weather", RAIN_YES, RAIN_NO, MarketStatus.OPEN, null));
        store.markets().upsert(market(ELECTION, "Who wins?", "politics", ELECTION_YES, ELECTION_NO, MarketStatus.RESOLVED, ELECTION_YES));
        // Rain: 100 shares for $40, $2 realised (fees paid). Election, resolved for us: 50 shares at cost $30. A flat one with -$5.
        store.positions().upsert(new Position(RAIN, RAIN_YES, "Yes", Size.of("100"), Usd.of("40"), Usd.of("2"), Usd.of("0.5"), NOW));
        store.positions().upsert(new Position(ELECTION, ELECTION_YES, "Yes", Size.of("50"), Usd.of("30"), Usd.of("0"), Usd.of("0.2"),
                NOW.minusSeconds(10)));
        store.positions().upsert(new Position(RAIN, RAIN_NO, "No", Size.ZERO, Usd.ZERO, Usd.of("-5"), Usd.of("0.1"), NOW.minusSeconds(20)));
        store.dailyPnl().upsert(new DailyPnl(TODAY.minusDays(1), Usd.of("-1"), Usd.of("3"), Usd.of("10002"), NOW.minus(Duration.ofDays(1))));
        store.dailyPnl().upsert(new DailyPnl(TODAY, Usd.of("-2"), Usd.of("7.5"), Usd.of("10004.5"), NOW));

        Signal signal = new Signal(new SignalId("sig-1"), "whale-copy", RAIN, RAIN_YES, "Yes", Side.BUY, Price.of("0.40"), Usd.of("20000"),
                "whale bought", Map.of("wallet", "0xabc"), NOW.minusSeconds(30));
        store.signals().insertIfAbsent(signal);
        store.riskDecisions().insert(new RiskDecisionRecord(signal.id(), false, "STALE_BOOK", "book too old", Map.of(), NOW.minusSeconds(29)));
        store.riskDecisions().insert(new RiskDecisionRecord(signal.id(), true, null, "buy 100", Map.of("size", "100", "note", "ok"),
                NOW.minusSeconds(28)));
        OrderHash hash = new OrderHash("0x" + "0f".repeat(32));
        store.orders().insertIfAbsent(new Order(hash, signal.id(), RAIN, RAIN_YES, Side.BUY, Price.of("0.42"), Size.of("100"), Size.of("100"),
                OrderStatus.FILLED, TimeInForce.FAK, null, NOW.minusSeconds(27), NOW.minusSeconds(25)));
        store.fills().insertIfAbsent(new Fill("trade-1", hash, RAIN, RAIN_YES, Side.BUY, Price.of("0.41"), Size.of("60"), Usd.of("0.3"),
                NOW.minusSeconds(26)));
        store.fills().insertIfAbsent(new Fill("trade-2", hash, RAIN, RAIN_YES, Side.BUY, Price.of("0.42"), Size.of("40"), Usd.of("0.2"),
                NOW.minusSeconds(25)));
        store.auditLog().record("tom", "control.kill", "test");
    }

    @AfterAll static void stop() {
        if (gateway != null) gateway.close();
    }

    static Market market(ConditionId id, String question, String category, TokenId yes, TokenId no, MarketStatus status, TokenId winner) {
        return new Market(id, question, null, null, category, List.of(new OutcomeToken(yes, "Yes", 0), new OutcomeToken(no, "No", 1)),
                new BigDecimal("0.01"), new BigDecimal("5"), false, null, status, winner);
    }

    @Test void theOverviewAddsUpTheAccount() throws Exception {
        JsonNode o = json(call(port, "GET", "/api/overview", viewer, null));

        assertThat(o.get("startingBalance").decimalValue()).isEqualByComparingTo("10000");
        assertThat(o.get("realizedPnl").decimalValue()).isEqualByComparingTo("-3");        // 2 + 0 - 5
        assertThat(o.get("unrealizedPnl").decimalValue()).isEqualByComparingTo("7.5");     // today's daily_pnl row
        assertThat(o.get("equity").decimalValue()).isEqualByComparingTo("10004.5");        // 10000 - 3 + 7.5
        assertThat(o.get("exposure").decimalValue()).isEqualByComparingTo("90");           // 40 at cost + 50 x 1 resolved
        assertThat(o.get("openPositions").asInt()).isEqualTo(2);
        assertThat(o.get("openOrders").asInt()).isZero();
        assertThat(o.get("equityCurve")).hasSize(2);
        assertThat(o.get("equityCurve").get(0).get("equity").decimalValue()).isEqualByComparingTo("10002");
        assertThat(o.get("equityCurve").get(1).get("equity").decimalValue()).isEqualByComparingTo("10004.5");
        assertThat(o.get("dailyPnl")).hasSize(2);
        JsonNode today = o.get("dailyPnl").get(1);
        assertThat(today.get("day").asString()).isEqualTo(TODAY.toString());
        assertThat(today.get("unrealized").decimalValue()).isEqualByComparingTo("7.5");
        assertThat(today.get("fees").decimalValue()).isEqualByComparingTo("0.5");         // both fills today
        assertThat(o.get("exposureByMarket").get(0).get("market").asString()).isEqualTo(ELECTION.value());
        assertThat(o.get("exposureByMarket").get(0).get("question").asString()).isEqualTo("Who wins?");
        assertThat(o.get("exposureByCategory")).extracting(c -> c.get("category").asString()).containsExactly("politics", "weather");
    }

    @Test void positionsCarryMarksWhereKnownAndTheirMarket() throws Exception {
        JsonNode positions = json(call(port, "GET", "/api/positions", viewer, null));

        JsonNode election = positions.get(1);
        assertThat(election.get("token").asString()).isEqualTo(ELECTION_YES.value());
        assertThat(election.get("markPrice").decimalValue()).isEqualByComparingTo("1");
        assertThat(election.get("unrealizedPnl").decimalValue()).isEqualByComparingTo("20");
        assertThat(election.get("category").asString()).isEqualTo("politics");
        JsonNode rain = positions.get(0);
        assertThat(rain.get("markPrice").isNull()).isTrue();
        assertThat(rain.get("question").asString()).isEqualTo("Will it rain?");
    }

    @Test void signalsCarryTheLatestVerdictAndOrdersTheirSlippage() throws Exception {
        JsonNode signal = json(call(port, "GET", "/api/signals", viewer, null)).get(0);
        JsonNode detail = json(call(port, "GET", "/api/signals/sig-1", viewer, null));
        JsonNode order = json(call(port, "GET", "/api/orders", viewer, null)).get(0);
        JsonNode orderDetail = json(call(port, "GET", "/api/orders/0x" + "0f".repeat(32), viewer, null));

        assertThat(signal.get("decision").get("approved").asBoolean()).isTrue();
        assertThat(signal.get("decision").get("code").asString()).isEqualTo("APPROVED");
        assertThat(signal.get("decision").get("figures").get("size").decimalValue()).isEqualByComparingTo("100");
        assertThat(detail.get("orders")).singleElement().satisfies(o -> assertThat(o.get("status").asString()).isEqualTo("FILLED"));
        assertThat(order.get("referencePrice").decimalValue()).isEqualByComparingTo("0.40");
        // VWAP (0.41 x 60 + 0.42 x 40) / 100 = 0.414, a buy: 0.014 worse than the reference.
        assertThat(order.get("slippage").decimalValue()).isEqualByComparingTo("0.014");
        assertThat(orderDetail.get("fills")).hasSize(2);
        assertThat(orderDetail.get("timeline")).extracting(t -> t.get("status").asString())
                .containsExactly("NEW", "PARTIALLY_FILLED", "FILLED");
        assertThat(json(call(port, "GET", "/api/fills?limit=1", viewer, null))).singleElement()
                .satisfies(f -> assertThat(f.get("tradeId").asString()).isEqualTo("trade-2"));
        assertThat(call(port, "GET", "/api/signals/nope", viewer, null).statusCode()).isEqualTo(404);
        assertThat(call(port, "GET", "/api/orders/0x12", viewer, null).statusCode()).isEqualTo(400);
    }

    @Test void theAuditLogIsReadable() throws Exception {
        JsonNode audit = json(call(port, "GET", "/api/audit?limit=500", viewer, null));

        assertThat(audit).anySatisfy(e -> {
            assertThat(e.get("actor").asString()).isEqualTo("tom");
            assertThat(e.get("action").asString()).isEqualTo("control.kill");
            assertThat(e.has("id")).isTrue();
            assertThat(e.has("at")).isTrue();
        });
    }

    @Test void theSystemViewShowsRolesFeedsBusLagAndDeadLetters() throws Exception {
        Instant now = Instant.now();
        gateway.bus().publish(Topic.CONTROL, Envelope.of("test", now, now, new TradingStatus("execution", "e1", TradingState.ACTIVE, "initial",
                null, "startup", "sim", false, Map.of(), now)));
        gateway.bus().publish(Topic.CONTROL, Envelope.of("test", now, now, new TradingStatus("strategy", "s-old", TradingState.ACTIVE, "initial",
                null, "startup", "", false, Map.of(), now.minus(Duration.ofMinutes(5)))));
        gateway.bus().publish(Topic.CONTROL, Envelope.of("test", now, now, new FeedHealth("rtds.trades", "ingest-1", true,
                now.minusSeconds(3), now)));

        await().untilAsserted(() -> {
            JsonNode system = json(call(port, "GET", "/api/system", viewer, null));
            assertThat(system.get("roles")).hasSize(2);
            assertThat(system.get("roles").get(0).get("role").asString()).isEqualTo("execution");
            assertThat(system.get("roles").get(0).get("healthy").asBoolean()).isTrue();
            assertThat(system.get("roles").get(0).get("mode").asString()).isEqualTo("sim");
            assertThat(system.get("roles").get(1).get("healthy").asBoolean()).isFalse();
            assertThat(system.get("feeds")).singleElement().satisfies(f -> {
                assertThat(f.get("name").asString()).isEqualTo("rtds.trades");
                assertThat(f.get("connected").asBoolean()).isTrue();
                assertThat(f.get("staleSeconds").asLong()).isBetween(3L, 60L);
            });
            // The gateway's own broadcast groups on the in-memory bus, all caught up.
            assertThat(system.get("bus")).anySatisfy(b -> {
                assertThat(b.get("topic").asString()).isEqualTo("control");
                assertThat(b.get("lag").asLong()).isZero();
            });
            assertThat(system.get("deadLetters").asInt()).isZero();
        });
        JsonNode overviewFeeds = json(call(port, "GET", "/api/overview", viewer, null)).get("feeds");
        assertThat(overviewFeeds).singleElement().satisfies(f -> assertThat(f.get("name").asString()).isEqualTo("rtds.trades"));
    }
}
