package io.polybot.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.LoopbackServer;
import io.polybot.polymarket.LoopbackServer.Reply;
import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.http.FakeTime;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.PrivateKeySigner;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every public (§4.1) and account (§4.5) endpoint against a loopback fake under a /clob prefix. */
class ClobEndpointsTest {
    static final PrivateKeySigner KEY =
            PrivateKeySigner.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    static final ApiCredentials CREDS = new ApiCredentials("00000000-0000-0000-0000-000000000001",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "aa11");

    private final LoopbackServer server = new LoopbackServer();
    private final FakeTime time = new FakeTime();
    private final ClobClient client = new ClobClient(URI.create(server.baseUri() + "/clob"), KEY, CREDS, 137,
            HttpClient.newHttpClient(), time, Duration.ofSeconds(5), time.limiter(), RetryPolicy.DEFAULT, time);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsPricesMidpointsSpreadsAndLastTrades() {
        server.on("GET /clob/price", 200, "{\"price\":0.45}");
        server.on("POST /clob/prices", 200, "{\"1\":{\"BUY\":0.45,\"SELL\":\"0.47\"}}");
        server.on("GET /clob/midpoint", 200, "{\"mid_price\":\"0.46\"}");
        server.on("POST /clob/midpoints", 200, "{\"1\":\"0.46\",\"2\":\"0.54\"}");
        server.on("GET /clob/spread", 200, "{\"spread\":\"0.02\"}");
        server.on("POST /clob/spreads", 200, "{\"1\":\"0.02\"}");
        server.on("GET /clob/last-trade-price", 200, "{\"price\":\"0.5\",\"side\":\"\"}");
        server.on("POST /clob/last-trades-prices", 200, "[{\"token_id\":\"1\",\"price\":\"0.45\",\"side\":\"BUY\"}]");

        assertThat(client.getPrice("1", OrderSide.BUY)).isEqualByComparingTo("0.45");
        assertThat(server.requests.getLast().query()).isEqualTo("token_id=1&side=BUY");
        assertThat(client.getPrices(List.of(new TokenSide("1", OrderSide.BUY), new TokenSide("1", OrderSide.SELL))))
                .isEqualTo(Map.of("1", Map.of(OrderSide.BUY, new BigDecimal("0.45"), OrderSide.SELL, new BigDecimal("0.47"))));
        assertThat(server.requests.getLast().body())
                .isEqualTo("[{\"token_id\":\"1\",\"side\":\"BUY\"},{\"token_id\":\"1\",\"side\":\"SELL\"}]");
        assertThat(client.getMidpoint("1")).isEqualByComparingTo("0.46");
        server.on("GET /clob/midpoint", 200, "{\"mid\":\"0.47\"}");
        assertThat(client.getMidpoint("1")).isEqualByComparingTo("0.47");
        assertThat(client.getMidpoints(List.of("1", "2"))).containsEntry("2", new BigDecimal("0.54"));
        assertThat(client.getSpread("1")).isEqualByComparingTo("0.02");
        assertThat(client.getSpreads(List.of("1"))).containsEntry("1", new BigDecimal("0.02"));
        assertThat(client.getLastTradePrice("1")).isEqualTo(new LastTradePrice("1", new BigDecimal("0.5"), null));
        assertThat(client.getLastTradesPrices(List.of("1")))
                .containsExactly(new LastTradePrice("1", new BigDecimal("0.45"), OrderSide.BUY));
    }

    @Test
    void readsMarketParameters() {
        server.on("GET /clob/tick-size", 200, "{\"minimum_tick_size\":0.01}");
        server.on("GET /clob/neg-risk", 200, "{\"neg_risk\":true}");
        server.on("GET /clob/fee-rate", 200, "{\"base_fee\":\"150\"}");
        server.on("GET /clob/clob-markets/0xc", 200, "{\"c\":\"0xc\",\"t\":[{\"t\":\"1\",\"o\":\"Yes\"},{\"t\":\"2\",\"o\":\"No\"}],"
                + "\"mts\":0.01,\"mos\":5,\"nr\":true,\"mbf\":0,\"tbf\":30,\"ao\":true,\"sd\":3,\"fd\":{\"r\":0.02}}");
        server.on("GET /clob/markets-by-token/1", 200, "{\"condition_id\":\"0xc\",\"primary_token_id\":\"1\",\"secondary_token_id\":\"2\"}");
        server.on("GET /clob/prices-history", 200, "{\"history\":[{\"t\":1700000000,\"p\":0.45}]}");

        assertThat(client.getTickSize("1")).isEqualByComparingTo("0.01");
        assertThat(client.getNegRisk("1")).isTrue();
        assertThat(client.getFeeRateBps("1")).isEqualTo(150);
        assertThat(client.getClobMarketInfo("0xc")).isEqualTo(new ClobMarketInfo("0xc",
                List.of(new ClobMarketInfo.OutcomeToken("1", "Yes"), new ClobMarketInfo.OutcomeToken("2", "No")),
                new BigDecimal("0.01"), new BigDecimal("5"), true, 0, 30, true, 3));
        assertThat(client.getMarketByToken("1")).isEqualTo(new TokenMarket("0xc", "1", "2"));
        assertThat(client.getPricesHistory(PricesHistoryQuery.interval("1", "1d", 60)))
                .containsExactly(new PricePoint(Instant.ofEpochSecond(1_700_000_000L), new BigDecimal("0.45")));
        assertThat(server.requests.getLast().query()).isEqualTo("market=1&interval=1d&fidelity=60");
    }

    static String market(String id) {
        return "{\"condition_id\":\"" + id + "\",\"question\":\"Q\",\"active\":true,\"closed\":false,\"accepting_orders\":true,"
                + "\"minimum_tick_size\":0.01,\"minimum_order_size\":5,\"tokens\":[{\"token_id\":\"1\",\"outcome\":\"Yes\","
                + "\"price\":0.4,\"winner\":false}],\"tags\":[\"Politics\"]}";
    }

    @Test
    void pagesMarketsByCursorKeepingGoodRows() {
        server.on("GET /clob/markets", r -> r.query().equals("next_cursor=MA%3D%3D")
                ? new Reply(200, "{\"limit\":2,\"count\":2,\"next_cursor\":\"Mg==\",\"data\":[" + market("0xa") + ",{\"question\":\"bad\"}]}")
                : new Reply(200, "{\"limit\":2,\"count\":1,\"next_cursor\":\"LTE=\",\"data\":[" + market("0xb") + "]}"));
        server.on("GET /clob/markets/0xa", 200, market("0xa"));
        server.on("GET /clob/simplified-markets", 200, "{\"next_cursor\":\"LTE=\",\"data\":[{\"condition_id\":\"0xa\",\"tokens\":[],"
                + "\"active\":true,\"closed\":false,\"archived\":false,\"accepting_orders\":true}]}");
        server.on("GET /clob/sampling-markets", 200, "{\"next_cursor\":\"LTE=\",\"data\":[]}");
        server.on("GET /clob/sampling-simplified-markets", 200, "{\"next_cursor\":\"LTE=\",\"data\":[]}");

        CursorPage<ClobMarket> all = ClobClient.allPages(client::getMarkets);

        assertThat(all.data()).extracting(ClobMarket::conditionId).containsExactly("0xa", "0xb");
        assertThat(all.errors()).hasSize(1);
        assertThat(client.parseErrors()).isEqualTo(1);
        assertThat(client.getMarket("0xa").tokens()).containsExactly(new ClobMarket.Token("1", "Yes", new BigDecimal("0.4"), false));
        assertThat(client.getSimplifiedMarkets(CursorPage.FIRST).data()).hasSize(1);
        assertThat(client.getSamplingMarkets(CursorPage.FIRST).isLast()).isTrue();
        assertThat(client.getSamplingSimplifiedMarkets(CursorPage.FIRST).data()).isEmpty();
    }

    @Test
    void readsBooksInOneCall() {
        server.on("POST /clob/books", 200, "[{\"market\":\"0xm\",\"asset_id\":\"1\",\"bids\":[],\"asks\":[],\"tick_size\":\"0.01\"}]");
        assertThat(client.getBooks(List.of("1"))).singleElement().satisfies(b -> assertThat(b.assetId()).isEqualTo("1"));
        assertThat(server.requests.getLast().body()).isEqualTo("[{\"token_id\":\"1\"}]");
    }

    @Test
    void readsOrdersAndTradesWithSignedRequests() {
        server.on("GET /clob/data/orders", 200, "{\"next_cursor\":\"LTE=\",\"data\":[{\"id\":\"0x1\",\"status\":\"ORDER_STATUS_LIVE\","
                + "\"market\":\"0xc\",\"asset_id\":\"1\",\"side\":\"BUY\",\"original_size\":\"100\",\"size_matched\":\"0\","
                + "\"price\":\"0.5\",\"outcome\":\"YES\",\"order_type\":\"GTC\",\"created_at\":1700000000}]}");
        server.on("GET /clob/data/order/0x1", 200, "{\"id\":\"0x1\",\"status\":\"LIVE\",\"price\":\"0.5\"}");
        server.on("GET /clob/data/trades", 200, "{\"next_cursor\":\"LTE=\",\"data\":[{\"id\":\"t1\",\"taker_order_id\":\"0x9\","
                + "\"side\":\"BUY\",\"size\":\"10\",\"price\":\"0.57\",\"status\":\"TRADE_STATUS_CONFIRMED\",\"match_time\":\"1672290701\","
                + "\"trader_side\":\"MAKER\",\"maker_orders\":[{\"order_id\":\"0x1\",\"matched_amount\":\"10\",\"price\":\"0.57\",\"side\":\"SELL\"}]}]}");

        OpenOrder order = client.getOpenOrders(new OrderQuery(null, "0xc", null), CursorPage.FIRST).data().getFirst();
        assertThat(order.isLive()).isTrue();
        assertThat(order.createdAt()).isEqualTo(Instant.ofEpochSecond(1_700_000_000L));
        var r = server.requests.getLast();
        assertThat(r.query()).isEqualTo("market=0xc&next_cursor=MA%3D%3D");
        assertThat(r.headers().get("POLY_SIGNATURE"))
                .isEqualTo(HmacAuth.signature(CREDS.secret(), Long.toString(time.instant().getEpochSecond()), "GET", "/data/orders", null));
        assertThat(client.getOrder("0x1").isLive()).isTrue();
        ClobTrade trade = client.getTrades(TradeQuery.ofMaker(KEY.address()), CursorPage.FIRST).data().getFirst();
        assertThat(trade.makerOrders()).singleElement().satisfies(m -> assertThat(m.side()).isEqualTo(OrderSide.SELL));
        assertThat(trade.matchTime()).isEqualTo(Instant.ofEpochSecond(1_672_290_701L));
    }

    @Test
    void readsBalancesScoringNotificationsAndKeys() {
        server.on("GET /clob/balance-allowance", 200, "{\"balance\":\"5000000\",\"allowances\":{\"0xE111\":\"115792\"}}");
        server.on("GET /clob/balance-allowance/update", 200, "");
        server.on("GET /clob/order-scoring", 200, "{\"scoring\":true}");
        server.on("POST /clob/orders-scoring", 200, "{\"0x1\":true,\"0x2\":false}");
        server.on("GET /clob/notifications", 200, "[{\"id\":\"7\",\"owner\":\"k\",\"type\":2,\"payload\":{\"a\":1},\"timestamp\":1700000000}]");
        server.on("DELETE /clob/notifications", 200, "");
        server.on("GET /clob/auth/api-keys", 200, "{\"apiKeys\":[\"k1\",\"k2\"]}");
        server.on("DELETE /clob/auth/api-key", 200, "\"OK\"");
        server.on("GET /clob/auth/ban-status/closed-only", 200, "{\"closed_only\":false}");

        assertThat(client.getBalanceAllowance(AssetType.COLLATERAL, null, 0))
                .isEqualTo(new BalanceAllowance(BigInteger.valueOf(5_000_000), Map.of("0xE111", BigInteger.valueOf(115792))));
        assertThat(server.requests.getLast().query()).isEqualTo("asset_type=COLLATERAL&signature_type=0");
        client.updateBalanceAllowance(AssetType.CONDITIONAL_V2, "1", null);
        assertThat(server.requests.getLast().query()).isEqualTo("asset_type=CONDITIONAL-V2&token_id=1");
        assertThat(client.isOrderScoring("0x1")).isTrue();
        assertThat(client.areOrdersScoring(List.of("0x1", "0x2"))).containsEntry("0x2", false);
        assertThat(client.getNotifications(0)).containsExactly(new Notification("7", 2, "k", "{\"a\":1}", Instant.ofEpochSecond(1_700_000_000L)));
        client.dropNotifications(List.of("1", "2"));
        assertThat(server.requests.getLast().query()).isEqualTo("ids=1%2C2");
        assertThat(client.getApiKeys()).containsExactly("k1", "k2");
        client.deleteApiKey();
        assertThat(client.isClosedOnly()).isFalse();
    }

    @Test
    void cancelsInBatchesOfAtMostAThousandAndByMarket() {
        server.on("DELETE /clob/orders", r -> new Reply(200, "{\"canceled\":[\"first-of-" + r.body().length() + "\"],\"not_canceled\":{}}"));
        server.on("DELETE /clob/cancel-market-orders", 200, "{\"canceled\":[],\"not_canceled\":{\"0x3\":\"Order already matched\"}}");
        List<String> ids = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> "0x" + i).toList();

        CancelResult result = client.cancelOrders(ids);

        assertThat(server.requests("DELETE /clob/orders")).hasSize(2);
        assertThat(result.canceled()).hasSize(2);
        assertThat(server.requests("DELETE /clob/orders").get(1).body()).isEqualTo("[\"0x1000\"]");
        assertThat(client.cancelMarketOrders("0xc", null).notCanceled()).containsKey("0x3");
        assertThat(server.requests.getLast().body()).isEqualTo("{\"market\":\"0xc\"}");
    }

    @Test
    void heartbeatChainsTheIdAndAdoptsTheExpectedOne() {
        server.on("POST /clob/v1/heartbeats", r -> switch (r.body()) {
            case "{\"heartbeat_id\":\"\"}" -> new Reply(200, "{\"heartbeat_id\":\"h1\"}");
            case "{\"heartbeat_id\":\"h1\"}" -> new Reply(400, "{\"error\":\"Invalid Heartbeat ID\",\"heartbeat_id\":\"h9\"}");
            case "{\"heartbeat_id\":\"h9\"}" -> new Reply(200, "{\"heartbeat_id\":\"h10\"}");
            default -> new Reply(400, "{\"error\":\"Invalid Heartbeat ID\"}");
        });
        assertThat(client.heartbeat()).isEqualTo("h1");
        assertThat(client.heartbeat()).isEqualTo("h10");
        assertThat(server.requests).extracting(LoopbackServer.Request::body).containsExactly(
                "{\"heartbeat_id\":\"\"}", "{\"heartbeat_id\":\"h1\"}", "{\"heartbeat_id\":\"h9\"}");
    }

    @Test
    void readErrorsAreTypedRejectedOrNoAnswer() {
        server.on("GET /clob/tick-size", 404, "{\"error\":\"market not found\"}");
        assertThatThrownBy(() -> client.getTickSize("1")).isInstanceOfSatisfying(ClobRejectedException.class,
                e -> assertThat(e.venueMessage()).isEqualTo("market not found"));
        server.on("GET /clob/neg-risk", 503, "{\"error\":\"Trading is currently disabled\"}");
        assertThatThrownBy(() -> client.getNegRisk("1")).isInstanceOf(ClobNoAnswerException.class);
        assertThat(server.requests("GET /clob/neg-risk")).hasSize(3);
        assertThat(server.requests("GET /clob/tick-size")).hasSize(1);
    }
}
