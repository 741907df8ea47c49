package io.polybot.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.LoopbackServer;
import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.http.FakeTime;
import io.polybot.polymarket.http.RetryPolicy;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The endpoints added to close issue 3: batch history, live activity, pre-migration orders, rewards, extra keys, builder fees. */
class ClobExtraEndpointsTest {
    private final LoopbackServer server = new LoopbackServer();
    private final FakeTime time = new FakeTime();
    private final ClobClient client = new ClobClient(URI.create(server.baseUri() + "/clob"), ClobEndpointsTest.KEY,
            ClobEndpointsTest.CREDS, 137, HttpClient.newHttpClient(), time, Duration.ofSeconds(5), time.limiter(),
            RetryPolicy.DEFAULT, time);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void readsBatchPricesHistoryByToken() {
        server.on("POST /clob/batch-prices-history", 200,
                "{\"history\":{\"1\":[{\"t\":1700000000,\"p\":0.45},{\"t\":1700000060,\"p\":\"0.46\"}],\"2\":[]}}");

        var history = client.getBatchPricesHistory(BatchPricesHistoryQuery.range(List.of("1", "2"),
                Instant.ofEpochSecond(1_700_000_000L), Instant.ofEpochSecond(1_700_003_600L), 1));

        assertThat(history.get("1")).containsExactly(new PricePoint(Instant.ofEpochSecond(1_700_000_000L), new BigDecimal("0.45")),
                new PricePoint(Instant.ofEpochSecond(1_700_000_060L), new BigDecimal("0.46")));
        assertThat(history.get("2")).isEmpty();
        assertThat(server.requests.getLast().body())
                .isEqualTo("{\"markets\":[\"1\",\"2\"],\"start_ts\":1700000000,\"end_ts\":1700003600,\"fidelity\":1}");
        assertThat(server.requests.getLast().headers()).doesNotContainKey("POLY_SIGNATURE");
    }

    @Test
    void refusesMoreThanTwentyTokensPerBatch() {
        List<String> tokens = java.util.stream.IntStream.range(0, 21).mapToObj(Integer::toString).toList();
        assertThatThrownBy(() -> BatchPricesHistoryQuery.interval(tokens, "1d", null)).hasMessageContaining("1 to 20 tokens");
    }

    @Test
    void readsLiveActivityOfOneAndOfSeveralMarkets() {
        server.on("GET /clob/markets/live-activity/0xc", 200, "{\"condition_id\":\"0xc\",\"volume\":12}");
        server.on("POST /clob/markets/live-activity", 200, "[{\"condition_id\":\"0xa\"},{\"condition_id\":\"0xb\"}]");

        assertThat(client.getLiveActivity("0xc")).isEqualTo(new LiveActivity("0xc", "{\"condition_id\":\"0xc\",\"volume\":12}"));
        assertThat(client.getLiveActivity(List.of("0xa", "0xb"))).extracting(LiveActivity::conditionId).containsExactly("0xa", "0xb");
        assertThat(server.requests.getLast().body()).isEqualTo("[\"0xa\",\"0xb\"]");
    }

    @Test
    void pagesPreMigrationOrdersWithSignedRequests() {
        server.on("GET /clob/data/pre-migration-orders", 200, "{\"next_cursor\":\"LTE=\",\"data\":[{\"id\":\"0x1\","
                + "\"status\":\"LIVE\",\"price\":\"0.5\",\"side\":\"SELL\",\"original_size\":\"10\"}]}");

        CursorPage<OpenOrder> page = client.getPreMigrationOrders(CursorPage.FIRST);

        assertThat(page.data()).extracting(OpenOrder::id).containsExactly("0x1");
        assertThat(page.isLast()).isTrue();
        assertThat(server.requests.getLast().query()).isEqualTo("next_cursor=MA%3D%3D");
        assertThat(server.requests.getLast().headers()).containsKey("POLY_SIGNATURE");
    }

    @Test
    void readsRewardMarkets() {
        String config = "\"rewards_config\":[{\"asset_address\":\"0xusdc\",\"start_date\":\"2026-05-01\",\"end_date\":\"2500-12-31\","
                + "\"rate_per_day\":25,\"total_rewards\":\"750\"}]";
        server.on("GET /clob/rewards/markets/current", 200, "{\"next_cursor\":\"LTE=\",\"data\":[{\"condition_id\":\"0xc\","
                + "\"rewards_max_spread\":3.5,\"rewards_min_size\":50," + config + "}]}");
        server.on("GET /clob/rewards/markets/0xc", 200, "{\"next_cursor\":\"LTE=\",\"data\":[{\"condition_id\":\"0xc\","
                + "\"question\":\"Q?\",\"market_slug\":\"q\",\"event_slug\":\"e\",\"rewards_max_spread\":3.5,\"rewards_min_size\":50,"
                + config + "}]}");

        RewardsConfig expected = new RewardsConfig("0xusdc", "2026-05-01", "2500-12-31", new BigDecimal("25"), new BigDecimal("750"));
        assertThat(client.rewards().currentMarkets(CursorPage.FIRST).data()).containsExactly(new MarketRewards("0xc", null, null,
                null, new BigDecimal("3.5"), new BigDecimal("50"), List.of(expected)));
        assertThat(client.rewards().market("0xc", CursorPage.FIRST).data().getFirst().question()).isEqualTo("Q?");
    }

    @Test
    void readsThisAccountsRewardsSigned() {
        String earning = "{\"date\":\"2026-05-01\",\"condition_id\":\"0xc\",\"asset_address\":\"0xusdc\",\"maker_address\":\"0xm\","
                + "\"earnings\":1.25,\"asset_rate\":1}";
        server.on("GET /clob/rewards/user", 200, "{\"next_cursor\":\"LTE=\",\"data\":[" + earning + "]}");
        server.on("GET /clob/rewards/user/total", 200, "[{\"date\":\"2026-05-01\",\"asset_address\":\"0xusdc\","
                + "\"maker_address\":\"0xm\",\"earnings\":\"3.5\",\"asset_rate\":1}]");
        server.on("GET /clob/rewards/user/percentages", 200, "{\"0xc\":12.5,\"0xd\":\"0\"}");
        server.on("GET /clob/rewards/user/markets", 200, "{\"next_cursor\":\"LTE=\",\"data\":[{\"condition_id\":\"0xc\","
                + "\"market_competitiveness\":2.1,\"earning_percentage\":12.5,\"maker_address\":\"0xm\",\"rewards_config\":[],"
                + "\"earnings\":[{\"asset_address\":\"0xusdc\",\"earnings\":1.25,\"asset_rate\":1}]}]}");
        LocalDate day = LocalDate.of(2026, 5, 1);

        assertThat(client.rewards().userEarnings(day, 2, CursorPage.FIRST).data()).containsExactly(new UserEarning("2026-05-01",
                "0xc", "0xusdc", "0xm", new BigDecimal("1.25"), new BigDecimal("1")));
        assertThat(server.requests.getLast().query()).isEqualTo("date=2026-05-01&signature_type=2&next_cursor=MA%3D%3D");
        assertThat(server.requests.getLast().headers()).containsKey("POLY_SIGNATURE");
        assertThat(client.rewards().userTotalEarnings(day, null)).singleElement()
                .satisfies(e -> assertThat(e.earnings()).isEqualByComparingTo("3.5"));
        assertThat(client.rewards().userPercentages(null))
                .isEqualTo(Map.of("0xc", new BigDecimal("12.5"), "0xd", new BigDecimal("0")));
        UserMarketEarnings market = client.rewards().userMarkets(day, null, CursorPage.FIRST).data().getFirst();
        assertThat(market.earnings()).containsExactly(new UserMarketEarnings.Earning("0xusdc", new BigDecimal("1.25"), new BigDecimal("1")));
        assertThat(market.earningPercentage()).isEqualByComparingTo("12.5");
    }

    @Test
    void managesReadonlyAndBuilderKeys() {
        server.on("POST /clob/auth/readonly-api-key", 200, "{\"apiKey\":\"ro-1\"}");
        server.on("GET /clob/auth/readonly-api-keys", 200, "{\"readonlyApiKeys\":[\"ro-1\",\"ro-2\"]}");
        server.on("DELETE /clob/auth/readonly-api-key", 200, "\"OK\"");
        server.on("POST /clob/auth/builder-api-key", 200, "{\"key\":\"b-1\",\"secret\":\"c2VjcmV0\",\"passphrase\":\"ab\"}");
        server.on("GET /clob/auth/builder-api-key", 200, "[{\"key\":\"b-1\",\"createdAt\":\"2026-05-01T00:00:00Z\",\"revokedAt\":null}]");
        server.on("DELETE /clob/auth/builder-api-key", 200, "\"OK\"");

        assertThat(client.apiKeys().createReadonlyApiKey()).isEqualTo("ro-1");
        assertThat(client.apiKeys().getReadonlyApiKeys()).containsExactly("ro-1", "ro-2");
        client.apiKeys().deleteReadonlyApiKey("ro-2");
        assertThat(server.requests.getLast().body()).isEqualTo("{\"key\":\"ro-2\"}");
        ApiCredentials builder = client.apiKeys().createBuilderApiKey();
        assertThat(builder.apiKey()).isEqualTo("b-1");
        assertThat(builder.toString()).doesNotContain("c2VjcmV0");
        assertThat(client.apiKeys().getBuilderApiKeys()).containsExactly(new BuilderApiKey("b-1", "2026-05-01T00:00:00Z", null));
        client.apiKeys().revokeBuilderApiKey();
        assertThat(server.requests).allSatisfy(r -> assertThat(r.headers()).containsKey("POLY_SIGNATURE"));
    }

    @Test
    void aLostAnswerToCreatingAKeyIsNotRetried() {
        server.on("POST /clob/auth/readonly-api-key", 503, "busy");
        assertThatThrownBy(() -> client.apiKeys().createReadonlyApiKey()).isInstanceOf(ClobNoAnswerException.class);
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void readsBuilderFeeRates() {
        server.on("GET /clob/fees/builder-fees/0xb1", 200, "{\"builder_maker_fee_rate_bps\":0,\"builder_taker_fee_rate_bps\":20}");
        server.on("GET /clob/fees/builder-fees/0xunknown", 404, "{\"error\":\"not found\"}");

        assertThat(client.apiKeys().getBuilderFeeRates("0xb1")).isEqualTo(new BuilderFeeRates(BigDecimal.ZERO, new BigDecimal("20")));
        assertThatThrownBy(() -> client.apiKeys().getBuilderFeeRates("0xunknown")).isInstanceOf(ClobRejectedException.class);
    }
}
