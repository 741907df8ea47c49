package io.polybot.gateway.live;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.json.Json;
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
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.gateway.GatewayServer;
import io.polybot.gateway.RunningGateway;
import io.polybot.store.Store;
import io.polybot.store.repo.RiskDecisionRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

/** The live socket over a real WebSocket (JDK client) fed by the in-memory bus. */
class LiveSocketTest {
    private static final byte[] SECRET = "live-socket-test-secret-0123456789".getBytes(StandardCharsets.UTF_8);
    private static final String PASSWORD = "live-socket-password";
    private static final ConditionId MARKET = new ConditionId("0x" + "cd".repeat(32));
    private static final TokenId TOKEN = new TokenId("123456789");

    @TempDir static Path dataDir;
    static RunningGateway gateway;
    static Store store;
    static InMemoryBus bus;
    static GatewayServer server;
    static int port;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll static void start() {
        gateway = RunningGateway.start(dataDir, SECRET, PASSWORD);
        store = gateway.store();
        bus = gateway.bus();
        server = gateway.server();
        port = gateway.port();
    }

    @AfterAll static void stop() {
        if (gateway != null) gateway.close();
    }

    /** Collects whole text messages (the JDK client may deliver one in fragments). */
    static final class Collector implements WebSocket.Listener {
        final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(partial.toString());
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        /** The next frame of this type, skipping others (a kill also pushes, say, a whale change of another test). */
        JsonNode next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                String text = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (text == null) break;
                JsonNode frame = Json.mapper().readTree(text);
                if (frame.get("type").asString().equals(type)) return frame;
            }
            throw new AssertionError("no " + type + " frame within 10 s");
        }

        JsonNode next() throws InterruptedException {
            String text = messages.poll(10, TimeUnit.SECONDS);
            assertThat(text).as("a frame within 10 s").isNotNull();
            return Json.mapper().readTree(text);
        }
    }

    static String token() throws Exception {
        HttpRequest login = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                .build();
        HttpResponse<String> response = http.send(login, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body()).get("accessToken").asString();
    }

    static WebSocket connect(String query, Collector collector) {
        return http.newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws" + query), collector)
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    static int handshakeStatus(Throwable failure) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        assertThat(cause).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) cause).getResponse().statusCode();
    }

    @Test void orderEventPublishedOnTheBusArrivesOnTheSocket() throws Exception {
        Collector collector = new Collector();
        WebSocket socket = connect("?token=" + token(), collector);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openSockets() >= 1);
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        Order order = new Order(new OrderHash("0x" + "0".repeat(63) + "7"), new SignalId("sig-7"), MARKET, TOKEN, Side.BUY,
                Price.of("0.61"), Size.of("25"), Size.of("10"), OrderStatus.PARTIALLY_FILLED, TimeInForce.GTC, null, at, at);

        bus.publish(Topic.ORDERS_EVENTS, Envelope.of("execution", at, at, order));

        JsonNode frame = collector.next();
        assertThat(frame.get("topic").asString()).isEqualTo("orders.events");
        assertThat(frame.get("type").asString()).isEqualTo("order");
        JsonNode payload = frame.get("payload");
        assertThat(payload.get("hash").asString()).isEqualTo(order.hash().value());
        assertThat(payload.get("status").asString()).isEqualTo("PARTIALLY_FILLED");
        assertThat(payload.get("price").decimalValue()).isEqualByComparingTo("0.61");
        assertThat(payload.get("filled").decimalValue()).isEqualByComparingTo("10");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test void signalPublishedOnTheBusArrivesOnTheSocket() throws Exception {
        Collector collector = new Collector();
        WebSocket socket = connect("?token=" + token(), collector);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openSockets() >= 1);
        Instant at = Instant.parse("2026-03-01T12:00:00Z");
        Signal signal = new Signal(new SignalId("sig-live"), "crypto-momentum", MARKET, TOKEN, "Up", Side.BUY, Price.of("0.48"),
                Usd.of("500"), "BTC +2% in 5 min", Map.of("ticker", "BTCUSDT"), at);

        bus.publish(Topic.SIGNALS, Envelope.of("strategy.crypto", at, at, signal));

        JsonNode frame = collector.next();
        assertThat(frame.get("topic").asString()).isEqualTo("signals");
        assertThat(frame.get("type").asString()).isEqualTo("signal");
        assertThat(frame.get("payload").get("id").asString()).isEqualTo("sig-live");
        assertThat(frame.get("payload").get("provenance").get("ticker").asString()).isEqualTo("BTCUSDT");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test void aKillPushesTheControlState() throws Exception {
        Collector collector = new Collector();
        String token = token();
        WebSocket socket = connect("?token=" + token, collector);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openSockets() >= 1);

        HttpResponse<String> kill = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/control/kill"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"socket test\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(kill.statusCode()).isEqualTo(200);
        JsonNode frame = collector.next("control-state");
        assertThat(frame.get("topic").asString()).isEqualTo("control");
        assertThat(frame.get("payload").get("tradingState").asString()).isEqualTo("HALTED");
        assertThat(frame.get("payload").get("reason").asString()).isEqualTo("socket test");
        assertThat(frame.get("payload").get("by").asString()).isEqualTo("admin");
        assertThat(frame.get("payload").has("roles")).isTrue();
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test void aStoredRiskDecisionIsPushed() throws Exception {
        Collector collector = new Collector();
        WebSocket socket = connect("?token=" + token(), collector);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openSockets() >= 1);

        store.riskDecisions().insert(new RiskDecisionRecord(new SignalId("sig-denied"), false, "POSITION_CAP", "would exceed 5% of equity",
                Map.of("cap", "500"), Instant.parse("2026-03-01T12:00:00Z")));

        JsonNode frame = collector.next("risk-decision");
        assertThat(frame.get("payload").get("signalId").asString()).isEqualTo("sig-denied");
        assertThat(frame.get("payload").get("approved").asBoolean()).isFalse();
        assertThat(frame.get("payload").get("code").asString()).isEqualTo("POSITION_CAP");
        assertThat(frame.get("payload").get("figures").get("cap").decimalValue()).isEqualByComparingTo("500");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test void aPinPushesTheWhaleAndADeadLetterIsPushed() throws Exception {
        Collector collector = new Collector();
        String token = token();
        WebSocket socket = connect("?token=" + token, collector);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openSockets() >= 1);
        String wallet = "0x" + "4".repeat(40);

        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/whales/" + wallet + "/pin"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"known desk\"}")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode whale = collector.next("whale");
        Instant now = Instant.now();
        bus.publish(Topic.DLQ, Envelope.of("bus", now, now, new DeadLetter("m1", "signals", "execution", "signal", "boom", 5, "{}", now)));
        JsonNode letter = collector.next("dead-letter");

        assertThat(whale.get("payload").get("address").asString()).isEqualTo(wallet);
        assertThat(whale.get("payload").get("pinned").asBoolean()).isTrue();
        assertThat(letter.get("topic").asString()).isEqualTo("dlq");
        assertThat(letter.get("payload").get("error").asString()).isEqualTo("boom");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test void socketWithoutTokenIsRefused() {
        Throwable failure = catchThrowable(() -> connect("", new Collector()));

        assertThat(handshakeStatus(failure)).isEqualTo(401);
    }

    @Test void socketWithAForgedTokenIsRefused() {
        Throwable failure = catchThrowable(() -> connect("?token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA", new Collector()));

        assertThat(handshakeStatus(failure)).isEqualTo(401);
    }

    @Test void socketFromAForeignOriginIsRefused() throws Exception {
        String token = token();
        Throwable failure = catchThrowable(() -> http.newWebSocketBuilder()
                .header("Origin", "https://evil.example")
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws?token=" + token), new Collector())
                .orTimeout(10, TimeUnit.SECONDS)
                .join());

        assertThat(handshakeStatus(failure)).isEqualTo(403);
    }
}
