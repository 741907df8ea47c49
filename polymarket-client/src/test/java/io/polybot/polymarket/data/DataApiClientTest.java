package io.polybot.polymarket.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.LoopbackServer;
import io.polybot.polymarket.LoopbackServer.Reply;
import io.polybot.polymarket.http.FakeTime;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.parse.ParsedRows;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataApiClientTest {
    private static final String WALLET = "0x56687bf447db6ffa42ffe2204a05edaa20f55839";

    private final LoopbackServer server = new LoopbackServer();
    private final FakeTime time = new FakeTime();
    private final DataApiClient client = new DataApiClient(server.baseUri(), HttpClient.newHttpClient(), time.limiter(),
            RetryPolicy.DEFAULT, time, Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        server.close();
    }

    static String trade(String wallet, String side, String price) {
        return "{\"proxyWallet\":\"" + wallet + "\",\"side\":\"" + side + "\",\"asset\":\"7132\",\"conditionId\":\"0xdd22\","
                + "\"size\":25.0,\"price\":" + price + ",\"timestamp\":1763000000,\"outcome\":\"Yes\",\"outcomeIndex\":0,"
                + "\"transactionHash\":\"0xabc\",\"somethingNew\":{\"x\":1}}";
    }

    @Test
    void readsTradesWithMakerRowsAndExactDecimals() {
        server.on("GET /trades", 200, "[" + trade(WALLET, "BUY", "0.62") + "]");

        ParsedRows<DataTrade> page = client.trades(TradeQuery.forUser(WALLET).withTakerOnly(false).withLimit(50));

        assertThat(page.rows()).containsExactly(new DataTrade(WALLET, TradeSide.BUY, "7132", "0xdd22", new BigDecimal("25.0"),
                new BigDecimal("0.62"), Instant.ofEpochSecond(1763000000), "0xabc", "Yes", 0, null, null, null, null, null));
        assertThat(server.requests.getFirst().query())
                .isEqualTo("user=" + WALLET + "&takerOnly=false&limit=50&offset=0");
    }

    @Test
    void badRowIsCountedAndTheGoodRowsAroundItAreKept() {
        server.on("GET /trades", 200, "[" + trade(WALLET, "BUY", "0.62") + ",{\"side\":\"BUY\",\"size\":1,\"price\":0.5,"
                + "\"timestamp\":1}," + trade(WALLET, "SELL", "0.61") + "]");

        ParsedRows<DataTrade> page = client.trades(TradeQuery.all());

        assertThat(page.rows()).extracting(DataTrade::side).containsExactly(TradeSide.BUY, TradeSide.SELL);
        assertThat(page.errors()).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.getMessage()).contains("proxyWallet");
        });
        assertThat(page.received()).isEqualTo(3);
        assertThat(client.parseErrors()).isEqualTo(1);
    }

    @Test
    void pagesByOffsetUntilAShortPageCountingBadRowsTowardsAFullPage() {
        server.on("GET /trades", r -> r.query().contains("offset=0")
                ? new Reply(200, "[" + trade(WALLET, "BUY", "0.5") + ",{}]")
                : new Reply(200, "[" + trade(WALLET, "SELL", "0.4") + "]"));

        ParsedRows<DataTrade> all = client.allTrades(TradeQuery.all().withLimit(2).withTakerOnly(false), 1_000);

        assertThat(all.rows()).hasSize(2);
        assertThat(all.errors()).hasSize(1);
        assertThat(server.requests).extracting(LoopbackServer.Request::query).containsExactly(
                "takerOnly=false&limit=2&offset=0", "takerOnly=false&limit=2&offset=2");
    }

    @Test
    void pagingStopsAtTheDocumentedMaximumOffset() {
        List<Integer> offsets = new ArrayList<>();
        DataApiClient.pages(offset -> {
            offsets.add(offset);
            return new ParsedRows<>(List.of(), List.of(), 4_000);
        }, 0, 4_000, TradeQuery.MAX_OFFSET, Integer.MAX_VALUE);
        assertThat(offsets).containsExactly(0, 4_000, 8_000);
    }

    @Test
    void retriesAServerErrorAfterBackingOff() {
        server.onSequence("GET /positions", new Reply(502, "bad gateway"), new Reply(200, "[]"));
        assertThat(client.positions(PositionQuery.forUser(WALLET)).rows()).isEmpty();
        assertThat(server.requests).hasSize(2);
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void tooManyRequestsWaitsForRetryAfter() {
        server.onSequence("GET /activity", new Reply(429, "{\"error\":\"Too Many Requests\"}", Map.of("Retry-After", "3")),
                new Reply(200, "[]"));
        client.activity(ActivityQuery.forUser(WALLET));
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void clientErrorIsNotRetried() {
        server.on("GET /activity", 400, "{\"error\":\"user is required\"}");
        assertThatThrownBy(() -> client.activity(ActivityQuery.forUser("x")))
                .isInstanceOfSatisfying(DataApiException.class, e -> assertThat(e.httpStatus()).isEqualTo(400))
                .hasMessageContaining("user is required");
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void noAnswerIsStatusZero() {
        var nowhere = new DataApiClient(java.net.URI.create("http://127.0.0.1:1"), HttpClient.newHttpClient(),
                time.limiter(), RetryPolicy.DEFAULT, time, Duration.ofSeconds(1));
        assertThatThrownBy(() -> nowhere.value(WALLET))
                .isInstanceOfSatisfying(DataApiException.class, e -> assertThat(e.httpStatus()).isZero());
        assertThat(time.sleeps).hasSize(2);
    }

    @Test
    void readsActivityOfEveryType() {
        server.on("GET /activity", 200, "[{\"proxyWallet\":\"" + WALLET + "\",\"timestamp\":1771354979,\"type\":\"REDEEM\","
                + "\"size\":11.988288,\"usdcSize\":11.988288,\"price\":0,\"asset\":\"\",\"side\":\"\",\"outcomeIndex\":999}]");
        Activity redeem = client.activity(ActivityQuery.forUser(WALLET).withTypes(List.of("REDEEM", "TRADE"))).rows().getFirst();
        assertThat(redeem.type()).isEqualTo("REDEEM");
        assertThat(redeem.side()).isNull();
        assertThat(redeem.outcomeIndex()).isNull();
        assertThat(redeem.usdcSize()).isEqualByComparingTo("11.988288");
        assertThat(server.requests.getFirst().query()).isEqualTo("user=" + WALLET + "&type=REDEEM%2CTRADE&limit=100&offset=0");
    }

    @Test
    void readsClosedPositionsValueHoldersAndLeaderboard() {
        server.on("GET /closed-positions", 200, "[{\"proxyWallet\":\"" + WALLET + "\",\"asset\":\"1\",\"conditionId\":\"0xc\","
                + "\"avgPrice\":0.4,\"totalBought\":10,\"realizedPnl\":6,\"curPrice\":1,\"timestamp\":1700000000}]");
        server.on("GET /value", 200, "[{\"user\":\"" + WALLET + "\",\"value\":1234.56}]");
        server.on("GET /holders", 200, "[{\"token\":\"1\",\"holders\":[{\"proxyWallet\":\"0xa\",\"amount\":500.5,"
                + "\"outcomeIndex\":0,\"name\":\"n\"}]}]");
        server.on("GET /v1/leaderboard", 200, "[{\"rank\":\"1\",\"proxyWallet\":\"0xa\",\"userName\":\"u\",\"vol\":10.5,"
                + "\"pnl\":-2,\"verifiedBadge\":true}]");

        assertThat(client.closedPositions(WALLET, 50, 0).rows().getFirst().realizedPnl()).isEqualByComparingTo("6");
        assertThat(client.value(WALLET).rows()).containsExactly(new PortfolioValue(WALLET, new BigDecimal("1234.56")));
        assertThat(client.holders("0xc", 20).rows().getFirst().holders().getFirst().amount()).isEqualByComparingTo("500.5");
        assertThat(client.leaderboard(LeaderboardQuery.byPnl("WEEK")).rows()).containsExactly(
                new LeaderboardEntry(1, "0xa", "u", null, true, new BigDecimal("10.5"), new BigDecimal("-2")));
        assertThat(server.requests(("GET /v1/leaderboard")).getFirst().query())
                .isEqualTo("category=OVERALL&timePeriod=WEEK&orderBy=PNL&limit=50&offset=0");
    }

    @Test
    void unknownMarketHoldersIsEmpty() {
        server.on("GET /holders", 200, "null");
        assertThat(client.holders("0xnope", 20).rows()).isEmpty();
    }

    @Test
    void queriesRefuseOutOfRangePaging() {
        assertThatThrownBy(() -> TradeQuery.all().withOffset(10_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityQuery.forUser(WALLET).withLimit(501)).isInstanceOf(IllegalArgumentException.class);
    }
}
