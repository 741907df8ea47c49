package io.polybot.polymarket.market;

import io.polybot.polymarket.internal.JsonText;
import io.polybot.polymarket.internal.StreamingJson;
import io.polybot.polymarket.ws.ConnectionEvent;
import io.polybot.polymarket.ws.FeedConnection;
import io.polybot.polymarket.ws.FeedCounters;
import io.polybot.polymarket.ws.FeedHandler;
import io.polybot.polymarket.ws.FeedSettings;
import io.polybot.polymarket.ws.FeedStats;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of the CLOB market channel (PROTOCOL §5.1): books, price changes, trades, tick sizes
 * and the custom-feature events of any number of assets.
 *
 * <p>Assets are spread over several connections ("shards") of at most {@code
 * maxAssetsPerConnection} (200 by default) each. Every connection is a {@link FeedConnection}:
 * it subscribes on every (re)open with {@code custom_feature_enabled}, sends the text {@code
 * PING} every 10 s, reconnects with back-off and jitter, and reports silent or lost periods as
 * gaps with the shard's assets. {@link #subscribe} and {@link #unsubscribe} change the set
 * without reconnecting. {@code PONG} and other non-JSON texts are counted and ignored; a
 * malformed frame is counted and reported, never fatal.
 */
public final class MarketChannelClient implements AutoCloseable {
    public static final URI PRODUCTION = URI.create("wss://ws-subscriptions-clob.polymarket.com/ws/market");
    public static final int MAX_ASSETS_PER_CONNECTION = 200;
    private static final Logger log = LoggerFactory.getLogger(MarketChannelClient.class);

    private final URI uri;
    private final MarketChannelListener listener;
    private final FeedSettings settings;
    private final int maxAssetsPerConnection;
    private final Clock clock;
    private final FeedCounters counters = new FeedCounters();
    // Guarded by this; shards' asset sets are concurrent because the connections read them on open.
    private final List<Shard> shards = new ArrayList<>();
    private int nextShardId = 1;
    private boolean started;
    private boolean closed;

    public MarketChannelClient(URI uri, MarketChannelListener listener) {
        this(uri, listener, FeedSettings.clobDefaults(), MAX_ASSETS_PER_CONNECTION, Clock.systemUTC());
    }

    public MarketChannelClient(URI uri, MarketChannelListener listener, FeedSettings settings, int maxAssetsPerConnection, Clock clock) {
        this.uri = Objects.requireNonNull(uri, "uri");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxAssetsPerConnection < 1) throw new IllegalArgumentException("maxAssetsPerConnection must be >= 1");
        this.maxAssetsPerConnection = maxAssetsPerConnection;
    }

    /** Opens a connection per shard of the assets subscribed so far (and later ones as they come). */
    public synchronized void start() {
        if (started || closed) return;
        started = true;
        for (Shard s : shards) s.connection.start();
    }

    /** Adds assets: to shards with room (sent at once if open), the rest in new shards. */
    public synchronized void subscribe(Collection<String> assetIds) {
        if (closed) throw new IllegalStateException("client is closed");
        Set<String> current = assetsLocked();
        List<String> fresh = new ArrayList<>();
        for (String id : new LinkedHashSet<>(assetIds)) if (!current.contains(Objects.requireNonNull(id))) fresh.add(id);
        Map<Shard, List<String>> added = new LinkedHashMap<>();
        int i = 0;
        for (Shard s : shards) {
            while (i < fresh.size() && s.assets.size() < maxAssetsPerConnection) {
                s.assets.add(fresh.get(i));
                added.computeIfAbsent(s, k -> new ArrayList<>()).add(fresh.get(i++));
            }
        }
        added.forEach((s, ids) -> s.connection.send(operationFrame("subscribe", ids)));
        while (i < fresh.size()) {
            Shard s = new Shard(nextShardId++);
            int end = Math.min(fresh.size(), i + maxAssetsPerConnection);
            s.assets.addAll(fresh.subList(i, end));
            i = end;
            shards.add(s);
            if (started) s.connection.start();
        }
    }

    /** Removes assets; a connection left without assets is closed. */
    public void unsubscribe(Collection<String> assetIds) {
        List<Shard> emptied = new ArrayList<>();
        synchronized (this) {
            Set<String> gone = new HashSet<>(assetIds);
            for (Shard s : shards) {
                List<String> removed = new ArrayList<>();
                for (String id : gone) if (s.assets.remove(id)) removed.add(id);
                if (removed.isEmpty()) continue;
                if (s.assets.isEmpty()) emptied.add(s);
                else s.connection.send(operationFrame("unsubscribe", removed));
            }
            shards.removeAll(emptied);
        }
        // Outside the lock: closing waits for the connection's thread, which may be reading our state.
        for (Shard s : emptied) s.connection.close();
    }

    /**
     * Asks the venue for a fresh {@code book} of one asset by unsubscribing and subscribing it
     * again on its connection (a {@link BookResync} target). Returns false when the asset is not
     * subscribed or its connection is down (the reconnect re-subscribes anyway).
     */
    public synchronized boolean resync(String assetId) {
        for (Shard s : shards) {
            if (!s.assets.contains(assetId)) continue;
            return s.connection.send(operationFrame("unsubscribe", List.of(assetId)))
                    && s.connection.send(operationFrame("subscribe", List.of(assetId)));
        }
        return false;
    }

    /** Every subscribed asset. */
    public synchronized Set<String> assets() {
        return Set.copyOf(assetsLocked());
    }

    /** Connections maintained (one per shard). */
    public synchronized int connectionCount() {
        return shards.size();
    }

    public synchronized FeedStats stats() {
        int open = 0;
        for (Shard s : shards) if (s.connection.isOpen()) open++;
        return counters.snapshot(open, shards.size());
    }

    @Override
    public void close() {
        List<Shard> all;
        synchronized (this) {
            if (closed) return;
            closed = true;
            all = List.copyOf(shards);
            shards.clear();
        }
        for (Shard s : all) s.connection.close();
    }

    /** The first frame on every (re)open of a connection. */
    static String subscribeFrame(Collection<String> assetIds) {
        JsonText json = new JsonText().beginObject().name("assets_ids");
        return strings(json, assetIds).field("type", "market").name("custom_feature_enabled").bool(true).endObject().toString();
    }

    /** A change of the asset set on an open connection. */
    static String operationFrame(String operation, Collection<String> assetIds) {
        JsonText json = new JsonText().beginObject().field("operation", operation).name("assets_ids");
        return strings(json, assetIds).name("custom_feature_enabled").bool(true).endObject().toString();
    }

    private static JsonText strings(JsonText json, Collection<String> values) {
        json.beginArray();
        for (String v : values) json.string(v);
        return json.endArray();
    }

    private Set<String> assetsLocked() {
        Set<String> all = new HashSet<>();
        for (Shard s : shards) all.addAll(s.assets);
        return all;
    }

    /** One connection and the assets it carries. */
    private final class Shard implements FeedHandler {
        final int id;
        final Set<String> assets = ConcurrentHashMap.newKeySet();
        final FeedConnection connection;

        Shard(int id) {
            this.id = id;
            this.connection = new FeedConnection(uri, this, settings, clock);
        }

        @Override
        public List<String> subscribeFrames() {
            List<String> ids = List.copyOf(assets);
            return ids.isEmpty() ? List.of() : List.of(subscribeFrame(ids));
        }

        @Override
        public void onText(String text, Instant receivedAt) {
            if (!StreamingJson.looksLikeJson(text)) {
                counters.ignoredText(); // PONG, or another keep-alive text
                return;
            }
            MarketFrame frame;
            try {
                frame = MarketMessageParser.parse(text);
            } catch (IllegalArgumentException e) {
                counters.malformed();
                log.warn("malformed market channel frame on shard {}: {}", id, e.getMessage());
                listener.onMalformed(text, e);
                return;
            }
            counters.unknownEvents(frame.unknownEvents());
            for (MarketMessage m : frame.messages()) {
                counters.message();
                listener.onMessage(m, receivedAt);
            }
        }

        @Override
        public void onConnectionEvent(ConnectionEvent event) {
            counters.event(event);
            log.info("market channel shard {} ({} assets): {}", id, assets.size(), event);
            listener.onConnectionEvent(new MarketConnectionEvent(id, assets, event));
        }
    }
}
