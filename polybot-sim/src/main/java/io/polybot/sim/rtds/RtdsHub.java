package io.polybot.sim.rtds;

import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import io.polybot.core.json.Json;
import io.polybot.core.time.Clock;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.matching.TradeListener;
import io.polybot.sim.tape.ActivityRow;
import io.polybot.sim.tape.ActivityRows;
import org.eclipse.jetty.websocket.api.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real-time data socket (PROTOCOL §5.5): clients subscribe to {@code activity/trades} and get
 * every executed trade of every wallet, on its taker side, as {@code {topic, type, timestamp,
 * connection_id, payload}}. Subscription filters {@code event_slug} / {@code market_slug} apply.
 *
 * <p>Trades arrive under the engine's lock, so they are only queued here; one sender thread
 * writes them, which also keeps every connection's frames in execution order.
 */
public final class RtdsHub implements TradeListener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RtdsHub.class);
    /** Frames a client may have outstanding (about a second of the benchmark's feed) before it counts as stuck. */
    private static final int MAX_PENDING_FRAMES = 20_000;
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);

    private final ActivityRows rows;
    private final Clock clock;
    private final Map<String, Connection> connections = new ConcurrentHashMap<>();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().name("sim-rtds-sender").unstarted(r));

    public RtdsHub(ActivityRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    private record Subscription(String topic, String type, Optional<String> eventSlug, Optional<String> marketSlug) {
        boolean matches(String topic, String type, ActivityRow row) {
            return this.topic.equals(topic) && (this.type.equals("*") || this.type.equals(type))
                    && eventSlug.map(row.eventSlug()::equals).orElse(true)
                    && marketSlug.map(row.slug()::equals).orElse(true);
        }
    }

    /** {@code pending}: frames handed to Jetty and not yet written; a client that lets it grow past the limit is dropped. */
    private record Connection(WsContext ctx, String connectionId, String quotedId, Set<Subscription> subscriptions, AtomicInteger pending) {}

    public void configure(WsConfig ws) {
        ws.onConnect(ctx -> {
            // Clients that skip the optional "ping" keep-alive must not be dropped after Jetty's 30 s default.
            ctx.session.setIdleTimeout(IDLE_TIMEOUT);
            String id = Base64.getEncoder().encodeToString(ByteBuffer.allocate(16).putLong(UUID.randomUUID().getMostSignificantBits())
                    .putLong(UUID.randomUUID().getLeastSignificantBits()).array());
            connections.put(ctx.sessionId(), new Connection(ctx, id, TradeFrame.quoted(id), ConcurrentHashMap.newKeySet(), new AtomicInteger()));
        });
        ws.onMessage(ctx -> {
            Connection connection = connections.get(ctx.sessionId());
            if (connection != null) onFrame(connection, ctx.message());
        });
        ws.onClose(ctx -> connections.remove(ctx.sessionId()));
        ws.onError(ctx -> connections.remove(ctx.sessionId()));
    }

    private void onFrame(Connection connection, String text) {
        String frame = text.trim();
        if (frame.equalsIgnoreCase("ping")) return; // the official client's keep-alive; RTDS does not answer it
        JsonNode root;
        try {
            root = Json.mapper().readTree(frame);
        } catch (JacksonException e) {
            return; // the real socket ignores what it does not understand
        }
        String action = root.path("action").asString("");
        JsonNode subscriptions = root.path("subscriptions");
        if (!subscriptions.isArray()) return;
        for (JsonNode s : subscriptions) {
            Subscription subscription = subscription(s);
            if (subscription == null) continue;
            switch (action) {
                case "subscribe" -> connection.subscriptions().add(subscription);
                case "unsubscribe" -> connection.subscriptions().remove(subscription);
                default -> { }
            }
        }
    }

    /** Reads a subscription; {@code filters} is a JSON text such as {@code {"event_slug":"..."}}. */
    private static Subscription subscription(JsonNode s) {
        String topic = s.path("topic").asString("");
        String type = s.path("type").asString("*");
        if (topic.isEmpty()) return null;
        Optional<String> eventSlug = Optional.empty();
        Optional<String> marketSlug = Optional.empty();
        String filters = s.path("filters").asString("");
        if (!filters.isBlank()) {
            try {
                JsonNode f = Json.mapper().readTree(filters);
                eventSlug = Optional.of(f.path("event_slug").asString("")).filter(v -> !v.isEmpty());
                marketSlug = Optional.of(f.path("market_slug").asString("")).filter(v -> !v.isEmpty());
            } catch (JacksonException e) {
                return null;
            }
        }
        return new Subscription(topic, type.isEmpty() ? "*" : type, eventSlug, marketSlug);
    }

    @Override public void onTrade(Trade trade) {
        if (connections.isEmpty()) return; // nobody to tell: keep the engine's lock short
        long timestamp = clock.now().toEpochMilli();
        try {
            sender.execute(() -> publish(trade, timestamp));
        } catch (RejectedExecutionException e) {
            // closed: no one is listening any more
        }
    }

    public int connectionCount() { return connections.size(); }

    /** On the sender thread: the row and its frame are built once, then only addressed per connection. */
    private void publish(Trade trade, long timestamp) {
        ActivityRow row = null;
        TradeFrame frame = null;
        for (Connection c : connections.values()) {
            if (row == null) row = rows.taker(trade);
            if (!subscribed(c, row)) continue;
            if (frame == null) frame = new TradeFrame("activity", "trades", timestamp, row);
            send(c, frame);
        }
    }

    private static boolean subscribed(Connection connection, ActivityRow row) {
        for (Subscription s : connection.subscriptions()) if (s.matches("activity", "trades", row)) return true;
        return false;
    }

    private void send(Connection connection, TradeFrame frame) {
        // Not waiting for each write: Jetty queues frames in order, and one round trip per trade capped
        // the feed at a few thousand trades/s. A client too slow to keep up is dropped instead.
        if (connection.pending().incrementAndGet() > MAX_PENDING_FRAMES) {
            drop(connection, "more than " + MAX_PENDING_FRAMES + " frames pending");
            return;
        }
        try {
            connection.ctx().session.sendText(frame.to(connection.quotedId()), Callback.from(connection.pending()::decrementAndGet,
                    failure -> drop(connection, failure.toString())));
        } catch (RuntimeException e) {
            drop(connection, e.toString());
        }
    }

    private void drop(Connection connection, String why) {
        if (connections.values().remove(connection)) {
            log.debug("dropping RTDS connection {}: {}", connection.connectionId(), why);
            connection.ctx().closeSession();
        }
    }

    @Override public void close() {
        sender.shutdownNow();
    }
}
