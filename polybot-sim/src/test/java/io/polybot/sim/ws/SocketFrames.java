package io.polybot.sim.ws;

import io.polybot.core.json.Json;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** A JDK WebSocket client that keeps every text frame (JSON arrays flattened) for tests to await. */
final class SocketFrames implements WebSocket.Listener {
    private final ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();
    private final StringBuilder partial = new StringBuilder();
    volatile boolean closed;
    final WebSocket socket;

    SocketFrames(URI uri) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, this).get(10, TimeUnit.SECONDS);
    }

    void send(String text) { socket.sendText(text, true).join(); }

    @Override public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            texts.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed = true;
        return null;
    }

    JsonNode awaitJson(Predicate<JsonNode> predicate) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> find(predicate), Optional::isPresent).orElseThrow();
    }

    void awaitText(String text) {
        await().atMost(Duration.ofSeconds(10)).until(() -> texts.contains(text));
    }

    List<JsonNode> json(Predicate<JsonNode> predicate) {
        return texts.stream().filter(t -> t.startsWith("{") || t.startsWith("[")).map(t -> Json.mapper().readTree(t))
                .flatMap(n -> n.isArray() ? n.valueStream() : java.util.stream.Stream.of(n)).filter(predicate).toList();
    }

    private Optional<JsonNode> find(Predicate<JsonNode> predicate) { return json(predicate).stream().findFirst(); }
}
