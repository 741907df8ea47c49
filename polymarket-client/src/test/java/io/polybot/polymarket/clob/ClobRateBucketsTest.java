package io.polybot.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.polymarket.LoopbackServer;
import io.polybot.polymarket.LoopbackServer.Reply;
import io.polybot.polymarket.http.FakeTime;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.http.SignerRateBuckets;
import io.polybot.polymarket.http.TokenBucket;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.SignedClobOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The per-signer order and cancel buckets (PROTOCOL §4.6) as the client spends them, on an injected clock. */
class ClobRateBucketsTest {
    private static final String LIVE = "{\"success\":true,\"errorMsg\":\"\",\"orderID\":\"%s\",\"status\":\"live\"}";

    private final LoopbackServer server = new LoopbackServer();
    private final FakeTime time = new FakeTime();
    // Orders: 10 tokens, 2/s. Cancels: 5 tokens, 1/s.
    private final SignerRateBuckets buckets = new SignerRateBuckets(
            new SignerRateBuckets.Settings(new TokenBucket.Rate(10, 2), new TokenBucket.Rate(5, 1)), time, time);
    private final ClobClient client = new ClobClient(URI.create(server.baseUri() + "/clob"), ClobEndpointsTest.KEY,
            ClobEndpointsTest.CREDS, 137, HttpClient.newHttpClient(), time, Duration.ofSeconds(5), time.limiter(),
            RetryPolicy.DEFAULT, time, buckets);

    @AfterEach
    void stop() {
        server.close();
    }

    private SignedClobOrder order(long salt) {
        return new OrderBuilder(ClobEndpointsTest.KEY, 137, time, new SplittableRandom(7)).buildLimit(
                LimitOrderArgs.of("1234", new BigDecimal("0.45"), new BigDecimal("10"), OrderSide.BUY, new BigDecimal("0.01"))
                        .withSalt(BigInteger.valueOf(salt)));
    }

    @Test
    void aBatchWaitsUntilTheOrdersBucketCoversAllOfItAndNeverExceedsIt() {
        server.on("POST /clob/orders", r -> new Reply(200, "[]"));
        List<OrderPost> posts = IntStream.range(0, 13).mapToObj(i -> OrderPost.of(order(i), OrderType.GTC)).toList();

        client.postOrders(posts);

        // 13 orders with a 10-token bucket: a batch of 10 at once, then 3 after 1.5 s at 2/s.
        assertThat(server.requests("POST /clob/orders")).extracting(r -> r.body().split("\"orderType\"").length - 1)
                .containsExactly(10, 3);
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(1500));
    }

    @Test
    void eachSingleOrderCostsOneToken() {
        server.on("POST /clob/order", r -> new Reply(200, LIVE.formatted("0x1")));
        for (int i = 0; i < 11; i++) client.postOrder(order(i), OrderType.GTC, false);
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void cancelAllIsChargedOnePlusTheOrdersItCancelled() {
        server.on("DELETE /clob/cancel-all", 200, "{\"canceled\":[\"0x1\",\"0x2\",\"0x3\",\"0x4\",\"0x5\",\"0x6\"],\"not_canceled\":{}}");
        server.on("DELETE /clob/order", 200, "{\"canceled\":[\"0x9\"],\"not_canceled\":{}}");

        client.cancelAll();

        assertThat(time.sleeps).isEmpty();
        assertThat(buckets.cancelsAvailable()).isEqualTo(-2);
        client.cancelOrder("0x9");
        // Debt 2 + the 1 wanted = 3 tokens at 1/s.
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void cancelListsAreSplitToWhatTheCancelsBucketHolds() {
        server.on("DELETE /clob/orders", 200, "{\"canceled\":[],\"not_canceled\":{}}");
        client.cancelOrders(List.of("0x1", "0x2", "0x3", "0x4", "0x5", "0x6", "0x7"));
        assertThat(server.requests("DELETE /clob/orders")).extracting(LoopbackServer.Request::body)
                .containsExactly("[\"0x1\",\"0x2\",\"0x3\",\"0x4\",\"0x5\"]", "[\"0x6\",\"0x7\"]");
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void countsAnswersCarryingTheRateLimitWarningHeader() {
        server.on("POST /clob/order", r -> new Reply(200, LIVE.formatted("0x1"), Map.of("Poly-RateLimit-Warning", "true")));
        server.on("GET /clob/book", 200, "{\"market\":\"0xm\",\"asset_id\":\"1\",\"bids\":[],\"asks\":[],\"tick_size\":\"0.01\"}");

        client.postOrder(order(1), OrderType.GTC, false);
        client.getBook("1");

        assertThat(buckets.warnings()).isEqualTo(1);
    }
}
