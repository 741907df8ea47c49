package io.polybot.sim.ws;

import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.polybot.core.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The session bookkeeping both CLOB channels share: one connection record per WebSocket session,
 * text {@code PING} answered with {@code PONG}, every other frame parsed as JSON and handed to the
 * channel (frames that are not JSON are ignored, as the venue does), and every write through one
 * sender thread; a session whose write fails is dropped.
 */
final class ChannelSessions<C> implements AutoCloseable {
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);

    private final Map<String, C> connections = new ConcurrentHashMap<>();
    private final SocketSender sender;
    private final Function<WsContext, C> open;
    private final Function<C, WsContext> contextOf;
    private final BiConsumer<C, JsonNode> onFrame;

    /**
     * @param open      the channel's record for a new session
     * @param contextOf the session of a record
     * @param onFrame   a subscription frame of a connection, already parsed
     */
    ChannelSessions(String senderName, Function<WsContext, C> open, Function<C, WsContext> contextOf, BiConsumer<C, JsonNode> onFrame) {
        this.sender = new SocketSender(senderName);
        this.open = open;
        this.contextOf = contextOf;
        this.onFrame = onFrame;
    }

    void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            ctx.session.setIdleTimeout(IDLE_TIMEOUT);
            connections.put(ctx.sessionId(), open.apply(ctx));
        });
        ws.onMessage(ctx -> {
            C connection = connections.get(ctx.sessionId());
            if (connection != null) onText(connection, ctx.message().trim());
        });
        ws.onClose(ctx -> connections.remove(ctx.sessionId()));
        ws.onError(ctx -> connections.remove(ctx.sessionId()));
    }

    private void onText(C connection, String frame) {
        if (frame.equals("PING")) {
            sender.enqueue(() -> send(connection, "PONG"));
            return;
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(frame);
        } catch (JacksonException e) {
            return; // the venue ignores what it does not understand
        }
        onFrame.accept(connection, root);
    }

    int count() { return connections.size(); }

    boolean isEmpty() { return connections.isEmpty(); }

    Collection<C> all() { return connections.values(); }

    /** Writes now; call from a task given to {@link #enqueue}, so frames keep their order. */
    void send(C connection, String text) {
        sender.send(contextOf.apply(connection), text, ctx -> connections.remove(ctx.sessionId()));
    }

    /** Runs {@code task} on the sender thread, after everything enqueued before it. */
    void enqueue(Runnable task) { sender.enqueue(task); }

    @Override public void close() { sender.close(); }
}
