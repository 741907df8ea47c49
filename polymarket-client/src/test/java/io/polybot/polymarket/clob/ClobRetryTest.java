package io.polybot.polymarket.clob;

import static io.polybot.polymarket.clob.ClobEndpointsTest.CREDS;
import static io.polybot.polymarket.clob.ClobEndpointsTest.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.LoopbackServer;
import io.polybot.polymarket.LoopbackServer.Reply;
import io.polybot.polymarket.http.FakeTime;
import io.polybot.polymarket.http.RetryPolicy;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retry rules: who is retried, with which bytes, and how ambiguous outcomes are reported. */
class ClobRetryTest {
    private static final String LIVE = "{\"success\":true,\"errorMsg\":\"\",\"orderID\":\"%s\",\"status\":\"live\"}";

    private final LoopbackServer server = new LoopbackServer();
    private final FakeTime time = new FakeTime();
    private final ClobClient client = client(Duration.ofSeconds(5));

    private ClobClient client(Duration timeout) {
        return new ClobClient(URI.create(server.baseUri() + "/clob"), KEY, CREDS, 137, HttpClient.newHttpClient(), time,
                timeout, time.limiter(), RetryPolicy.DEFAULT, time);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SignedClobOrder order(long salt) {
        return new OrderBuilder(KEY, 137, time, new SplittableRandom(7)).buildLimit(
                LimitOrderArgs.of("1234", new BigDecimal("0.45"), new BigDecimal("10"), OrderSide.BUY, new BigDecimal("0.01"))
                        .withSalt(BigInteger.valueOf(salt)));
    }

    @Test
    void rePostsTheIdenticalSignedBodyAfterAServerError() {
        SignedClobOrder order = order(42);
        server.onSequence("POST /clob/order", new Reply(502, "bad gateway"), new Reply(200, LIVE.formatted(order.orderHash())));

        assertThat(client.postOrder(order, OrderType.GTC, false)).isInstanceOf(PostOrderResult.Accepted.class);

        var posts = server.requests("POST /clob/order");
        assertThat(posts).hasSize(2);
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(200));
    }

    @Test
    void aRefusalAfterAnAmbiguousAttemptIsUnknownNeverRejected() {
        server.onSequence("POST /clob/order", new Reply(500, "{\"error\":\"could not insert order\"}"),
                new Reply(400, "{\"error\":\"order already exists\"}"));
        PostOrderResult result = client.postOrder(order(1), OrderType.GTC, false);
        assertThat(result).isInstanceOf(PostOrderResult.Unknown.class);
        assertThat(((PostOrderResult.Unknown) result).cause()).hasMessageContaining("order already exists");
    }

    @Test
    void aClientErrorIsNeverRetried() {
        server.on("POST /clob/order", 400, "{\"error\":\"Invalid order payload\"}");
        assertThat(client.postOrder(order(1), OrderType.GTC, false)).isEqualTo(
                new PostOrderResult.Rejected(order(1).orderHash(), 400, "Invalid order payload"));
        assertThat(server.requests).hasSize(1);
        server.on("DELETE /clob/order", 400, "{\"error\":\"Invalid order id\"}");
        assertThatThrownBy(() -> client.cancelOrder("x")).isInstanceOf(ClobRejectedException.class);
        assertThat(server.requests("DELETE /clob/order")).hasSize(1);
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void aTimeoutOnEveryAttemptIsUnknown() {
        CountDownLatch release = new CountDownLatch(1);
        server.on("POST /clob/order", r -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Reply(400, "{\"error\":\"too late\"}");
        });
        try {
            PostOrderResult result = client(Duration.ofMillis(100)).postOrder(order(1), OrderType.GTC, false);
            assertThat(result).isInstanceOf(PostOrderResult.Unknown.class);
            assertThat(((PostOrderResult.Unknown) result).cause()).isInstanceOf(java.net.http.HttpTimeoutException.class);
            assertThat(server.requests("POST /clob/order")).hasSize(3);
        } finally {
            release.countDown();
        }
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenRePosts() {
        SignedClobOrder order = order(5);
        server.onSequence("POST /clob/order", new Reply(429, "{\"error\":\"Too Many Requests\"}", Map.of("Retry-After", "2")),
                new Reply(200, LIVE.formatted(order.orderHash())));
        assertThat(client.postOrder(order, OrderType.GTC, false)).isInstanceOf(PostOrderResult.Accepted.class);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void cancelsAreRetriedAndEndAsNoAnswer() {
        server.on("DELETE /clob/cancel-all", 504, "gateway timeout");
        assertThatThrownBy(client::cancelAll).isInstanceOfSatisfying(ClobNoAnswerException.class,
                e -> assertThat(e.httpStatus()).isEqualTo(504));
        assertThat(server.requests).hasSize(3);
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void batchesOfMoreThanFifteenAreSplitAndMatchedByOrderHash() {
        List<SignedClobOrder> orders = IntStream.range(0, 17).mapToObj(i -> order(100 + i)).toList();
        server.on("POST /clob/orders", r -> {
            int n = r.body().split("\"orderType\"").length - 1;
            // Answers in reverse order to prove results are matched by order id, not position.
            StringBuilder out = new StringBuilder("[");
            for (int i = orders.size() - 1; i >= 0; i--) {
                if (!r.body().contains("\"signature\":\"" + orders.get(i).signature() + "\"")) continue;
                out.append(out.length() > 1 ? "," : "").append(LIVE.formatted(orders.get(i).orderHash()));
            }
            assertThat(n).isLessThanOrEqualTo(ClobClient.MAX_BATCH_ORDERS);
            return new Reply(200, out.append(']').toString());
        });

        List<PostOrderResult> results = client.postOrders(orders.stream().map(o -> OrderPost.of(o, OrderType.GTC)).toList());

        assertThat(server.requests("POST /clob/orders")).hasSize(2);
        assertThat(results).extracting(PostOrderResult::orderId).containsExactlyElementsOf(
                orders.stream().map(SignedClobOrder::orderHash).toList());
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(PostOrderResult.Accepted.class));
    }

    @Test
    void aBatchWithoutAnswerMakesItsOrdersUnknown() {
        server.on("POST /clob/orders", 500, "{\"error\":\"internal\"}");
        List<PostOrderResult> results = client.postOrders(List.of(OrderPost.of(order(1), OrderType.GTC), OrderPost.of(order(2), OrderType.GTC)));
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(PostOrderResult.Unknown.class));
    }
}
