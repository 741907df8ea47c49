package io.polybot.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.ClobAuthSigner;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.PostOrderBody;
import io.polybot.polymarket.order.PrivateKeySigner;
import io.polybot.polymarket.order.SignedClobOrder;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClobClientTest {
    private static final PrivateKeySigner KEY =
            PrivateKeySigner.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final ApiCredentials CREDS = new ApiCredentials("00000000-0000-0000-0000-000000000001",
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "aa11");
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(1_790_000_000L), ZoneOffset.UTC);

    private FakeClobServer server;
    private ClobClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeClobServer();
        client = new ClobClient(server.baseUri(), KEY, CREDS, 137, HttpClient.newHttpClient(), CLOCK, Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static SignedClobOrder order() {
        return new OrderBuilder(KEY, 137, CLOCK, new java.util.SplittableRandom(7)).buildLimit(
                LimitOrderArgs.of("1234", new BigDecimal("0.45"), new BigDecimal("10"), OrderSide.BUY, new BigDecimal("0.01"))
                        .withSalt(BigInteger.valueOf(42)));
    }

    @Test
    void postsTheOfficialBodySignedOverTheBarePath() {
        server.on("POST /order", 200, "{\"success\":true,\"errorMsg\":\"\",\"orderID\":\"0xabc\",\"status\":\"live\","
                + "\"makingAmount\":\"\",\"takingAmount\":\"\",\"transactionsHashes\":[],\"tradeIDs\":[],\"extra\":1}");
        SignedClobOrder order = order();

        PostOrderResult result = client.postOrder(order, OrderType.GTC, true);

        assertThat(result).isEqualTo(new PostOrderResult.Accepted("0xabc", "live", BigDecimal.ZERO, BigDecimal.ZERO, List.of()));
        FakeClobServer.Request r = server.requests.get(0);
        assertThat(r.body()).isEqualTo(PostOrderBody.toJson(order, CREDS.apiKey(), OrderType.GTC, true, false));
        assertThat(r.headers().get("POLY_SIGNATURE"))
                .isEqualTo(HmacAuth.signature(CREDS.secret(), "1790000000", "POST", "/order", r.body()));
        assertThat(r.headers()).containsEntry("POLY_ADDRESS", KEY.address())
                .containsEntry("POLY_API_KEY", CREDS.apiKey())
                .containsEntry("POLY_PASSPHRASE", CREDS.passphrase())
                .containsEntry("POLY_TIMESTAMP", "1790000000");
    }

    @Test
    void matchedOrderCarriesFillsAndTradeIds() {
        server.on("POST /order", 200, "{\"success\":true,\"errorMsg\":\"\",\"orderID\":\"0xabc\",\"status\":\"matched\","
                + "\"makingAmount\":\"4.5\",\"takingAmount\":\"10\",\"tradeIDs\":[\"t1\",\"t2\"]}");
        assertThat(client.postOrder(order(), OrderType.FOK, false)).isEqualTo(new PostOrderResult.Accepted(
                "0xabc", "matched", new BigDecimal("4.5"), new BigDecimal("10"), List.of("t1", "t2")));
    }

    @Test
    void serverErrorIsUnknownNeverRejected() {
        server.on("POST /order", 500, "{\"error\":\"could not insert order\"}");
        SignedClobOrder order = order();
        PostOrderResult result = client.postOrder(order, OrderType.GTC, false);
        assertThat(result).isInstanceOf(PostOrderResult.Unknown.class);
        assertThat(result.orderId()).isEqualTo(order.orderHash());
    }

    @Test
    void timeoutIsUnknown() {
        CountDownLatch release = new CountDownLatch(1);
        server.on("POST /order", r -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeClobServer.Reply(200, "{}");
        });
        var impatient = new ClobClient(server.baseUri(), KEY, CREDS, 137, HttpClient.newHttpClient(), CLOCK, Duration.ofMillis(200));
        try {
            PostOrderResult result = impatient.postOrder(order(), OrderType.GTC, false);
            assertThat(result).isInstanceOf(PostOrderResult.Unknown.class);
            assertThat(((PostOrderResult.Unknown) result).cause()).isInstanceOf(java.net.http.HttpTimeoutException.class);
        } finally {
            release.countDown();
        }
    }

    @Test
    void connectionFailureIsUnknown() {
        var nowhere = new ClobClient(java.net.URI.create("http://127.0.0.1:1/clob"), KEY, CREDS, 137);
        assertThat(nowhere.postOrder(order(), OrderType.GTC, false)).isInstanceOf(PostOrderResult.Unknown.class);
    }

    @Test
    void clientErrorIsRejectedWithTheVenueMessage() {
        server.on("POST /order", 400, "{\"error\":\"the order owner has to be the owner of the API KEY\"}");
        PostOrderResult result = client.postOrder(order(), OrderType.GTC, false);
        assertThat(result).isInstanceOf(PostOrderResult.Rejected.class);
        var rejected = (PostOrderResult.Rejected) result;
        assertThat(rejected.httpStatus()).isEqualTo(400);
        assertThat(rejected.message()).isEqualTo("the order owner has to be the owner of the API KEY");
    }

    @Test
    void successFalseIsRejected() {
        server.on("POST /order", 200, "{\"success\":false,\"errorMsg\":\"not enough balance / allowance\",\"orderID\":\"\"}");
        PostOrderResult result = client.postOrder(order(), OrderType.GTC, false);
        assertThat(result).isInstanceOf(PostOrderResult.Rejected.class);
        assertThat(((PostOrderResult.Rejected) result).message()).isEqualTo("not enough balance / allowance");
    }

    @Test
    void errorMessageWithSuccessTrueIsRejected() {
        server.on("POST /order", 200, "{\"success\":true,\"errorMsg\":\"invalid post-only order: order crosses book\",\"orderID\":\"\"}");
        assertThat(client.postOrder(order(), OrderType.GTC, true)).isInstanceOf(PostOrderResult.Rejected.class);
    }

    @Test
    void unreadableSuccessIsUnknown() {
        server.on("POST /order", 200, "<html>gateway</html>");
        assertThat(client.postOrder(order(), OrderType.GTC, false)).isInstanceOf(PostOrderResult.Unknown.class);
    }

    @Test
    void readsTheBookWithDecimalPrices() {
        server.on("GET /book", 200, "{\"market\":\"0xm\",\"asset_id\":\"1234\",\"timestamp\":\"1700000000123\",\"hash\":\"h\","
                + "\"bids\":[{\"price\":\"0.44\",\"size\":\"200\"},{\"price\":\"0.45\",\"size\":\"100\"}],"
                + "\"asks\":[{\"price\":\"0.47\",\"size\":\"250\"},{\"price\":\".46\",\"size\":\"150\"}],"
                + "\"min_order_size\":\"5\",\"tick_size\":\"0.01\",\"neg_risk\":false,\"last_trade_price\":\"0.45\"}");
        OrderBookSummary book = client.getBook("1234");
        assertThat(server.requests.get(0).query()).isEqualTo("token_id=1234");
        assertThat(book.bestBid()).isEqualTo(new PriceLevel(new BigDecimal("0.45"), new BigDecimal("100")));
        assertThat(book.bestAsk()).isEqualTo(new PriceLevel(new BigDecimal("0.46"), new BigDecimal("150")));
        assertThat(book.tickSize()).isEqualByComparingTo("0.01");
        assertThat(book.minOrderSize()).isEqualByComparingTo("5");
        assertThat(book.timestamp()).isEqualTo(1_700_000_000_123L);
        assertThat(book.lastTradePrice()).isEqualByComparingTo("0.45");
        assertThat(book.negRisk()).isFalse();
    }

    @Test
    void missingBookFieldIsAClearError() {
        server.on("GET /book", 200, "{\"market\":\"0xm\",\"bids\":[],\"asks\":[],\"tick_size\":\"0.01\"}");
        assertThatThrownBy(() -> client.getBook("1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'asset_id'");
    }

    @Test
    void bookErrorCarriesStatusAndMessage() {
        server.on("GET /book", 404, "{\"error\":\"No orderbook exists for the requested token id\"}");
        assertThatThrownBy(() -> client.getBook("1")).isInstanceOf(ClobException.class)
                .hasMessageContaining("No orderbook exists")
                .satisfies(e -> assertThat(((ClobException) e).httpStatus()).isEqualTo(404));
    }

    @Test
    void readsServerTimeAndVersion() {
        server.on("GET /time", 200, "1790000123");
        server.on("GET /version", 200, "{\"version\":3}");
        assertThat(client.getServerTime()).isEqualTo(1_790_000_123L);
        assertThat(client.getVersion()).isEqualTo(3);
        server.on("GET /version", 200, "{}");
        assertThat(client.getVersion()).isEqualTo(2);
    }

    @Test
    void derivesTheKeyWhenCreatingFails() {
        server.on("POST /auth/api-key", 400, "{\"error\":\"Could not create api key\"}");
        server.on("GET /auth/derive-api-key", 200, "{\"apiKey\":\"k\",\"secret\":\"s\",\"passphrase\":\"p\"}");
        var unauthenticated = new ClobClient(server.baseUri(), KEY, null, 137, HttpClient.newHttpClient(), CLOCK, Duration.ofSeconds(5));

        assertThat(unauthenticated.createOrDeriveApiKey(3)).isEqualTo(new ApiCredentials("k", "s", "p"));

        var derive = server.requests.get(1);
        assertThat(derive.headers()).containsEntry("POLY_NONCE", "3").containsEntry("POLY_TIMESTAMP", "1790000000");
        String recovered = ClobAuthSigner.recoverClobAuthSigner(137, derive.headers().get("POLY_ADDRESS"),
                derive.headers().get("POLY_TIMESTAMP"), 3, derive.headers().get("POLY_SIGNATURE"));
        assertThat(recovered).isEqualToIgnoringCase(KEY.address());
    }

    @Test
    void postOnlyMarketOrdersAreRefusedLocally() {
        assertThatThrownBy(() -> client.postOrder(order(), OrderType.FAK, true)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.requests).isEmpty();
    }

    @Test
    void postingWithoutCredentialsIsABug() {
        var unauthenticated = new ClobClient(server.baseUri(), KEY, null, 137);
        assertThatThrownBy(() -> unauthenticated.postOrder(order(), OrderType.GTC, false))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cancelsOneOrderWithASignedBody() {
        server.on("DELETE /order", 200, "{\"canceled\":[\"0x1\"],\"not_canceled\":{}}");
        assertThat(client.cancelOrder("0x1")).isEqualTo(new CancelResult(List.of("0x1"), java.util.Map.of()));
        var r = server.requests.get(0);
        assertThat(r.body()).isEqualTo("{\"orderID\":\"0x1\"}");
        assertThat(r.headers().get("POLY_SIGNATURE"))
                .isEqualTo(HmacAuth.signature(CREDS.secret(), "1790000000", "DELETE", "/order", r.body()));
    }

    @Test
    void cancelAllReportsWhatWasNotCancelled() {
        server.on("DELETE /cancel-all", 200, "{\"canceled\":[\"0x1\"],\"not_canceled\":{\"0x2\":\"Order already matched\"}}");
        CancelResult result = client.cancelAll();
        assertThat(result.notCanceled()).containsEntry("0x2", "Order already matched");
        var r = server.requests.get(0);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().get("POLY_SIGNATURE"))
                .isEqualTo(HmacAuth.signature(CREDS.secret(), "1790000000", "DELETE", "/cancel-all", null));
    }
}
