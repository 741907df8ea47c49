package io.polybot.gateway;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Domain values and HTTP helpers shared by the gateway's tests. */
final class GatewayFixtures {
    static final byte[] SECRET = "test-secret-test-secret-test-secret!".getBytes(StandardCharsets.UTF_8);
    static final String ADMIN_PASSWORD = "correct-horse-battery";
    static final ConditionId MARKET = new ConditionId("0x" + "ab".repeat(32));
    static final TokenId YES = new TokenId("71321045679252212594626385532706912750332728571942532289631379312455583992563");
    static final TokenId NO = new TokenId("52114319501245915516055106046884209969926127482827954674443846427813813222426");

    private GatewayFixtures() {}

    static OrderHash hash(int n) { return new OrderHash("0x" + "%064x".formatted(n)); }

    static Order order(int n, OrderStatus status, Instant at) {
        return new Order(hash(n), new SignalId("sig-" + n), MARKET, YES, Side.BUY, Price.of("0.55"), Size.of("100"),
                Size.ZERO, status, TimeInForce.GTC, null, at, at);
    }

    static Position position(TokenId token, String outcome, String size, String cost, Instant at) {
        return new Position(MARKET, token, outcome, Size.of(size), Usd.of(cost), Usd.of("1.25"), Usd.of("0.10"), at);
    }

    static Signal signal(String id, Instant at) {
        return new Signal(new SignalId(id), "whale-copy", MARKET, YES, "Yes", Side.BUY, Price.of("0.42"), Usd.of("12500"),
                "3 of 4 basket wallets bought", Map.of("wallet", "0xabc"), at);
    }

    static HttpResponse<String> get(HttpClient http, int port, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Any method, with an optional bearer token and an optional JSON body. */
    static HttpResponse<String> send(HttpClient http, int port, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(HttpClient http, int port, String path, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
