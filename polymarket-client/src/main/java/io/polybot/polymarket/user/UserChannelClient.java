package io.polybot.polymarket.user;

import io.polybot.polymarket.auth.ApiCredentials;
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
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of the CLOB user channel (PROTOCOL §5.2): our orders and trades, filtered by API key
 * and optionally by market (no markets = all).
 *
 * <p>Subscribes on every (re)open with the raw API credentials (the venue wants them in the
 * frame, no HMAC); the frame is never logged and {@link #toString()} shows only the API key.
 * Pings with {@code PING} every 10 s, reconnects with back-off and reports gaps (see {@link
 * FeedConnection}); after a gap reconcile over REST, since fills may have been missed.
 */
public final class UserChannelClient implements AutoCloseable {
    public static final URI PRODUCTION = URI.create("wss://ws-subscriptions-clob.polymarket.com/ws/user");
    private static final Logger log = LoggerFactory.getLogger(UserChannelClient.class);

    private final ApiCredentials credentials;
    private final UserChannelListener listener;
    private final Set<String> markets = ConcurrentHashMap.newKeySet();
    private final FeedCounters counters = new FeedCounters();
    private final FeedConnection connection;

    public UserChannelClient(URI uri, ApiCredentials credentials, Collection<String> markets, UserChannelListener listener) {
        this(uri, credentials, markets, listener, FeedSettings.clobDefaults(), Clock.systemUTC());
    }

    public UserChannelClient(URI uri, ApiCredentials credentials, Collection<String> markets, UserChannelListener listener,
            FeedSettings settings, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.markets.addAll(markets);
        this.connection = new FeedConnection(uri, new Handler(), settings, clock);
    }

    public void start() {
        connection.start();
    }

    @Override
    public void close() {
        connection.close();
    }

    public boolean isOpen() {
        return connection.isOpen();
    }

    /** Adds markets (condition ids) to the filter; sent at once when open, and on every reconnect. */
    public void subscribe(Collection<String> conditionIds) {
        markets.addAll(conditionIds);
        connection.send(operationFrame("subscribe", conditionIds));
    }

    public void unsubscribe(Collection<String> conditionIds) {
        markets.removeAll(conditionIds);
        connection.send(operationFrame("unsubscribe", conditionIds));
    }

    public Set<String> markets() {
        return Set.copyOf(markets);
    }

    public FeedStats stats() {
        return counters.snapshot(connection.isOpen() ? 1 : 0, 1);
    }

    @Override
    public String toString() {
        return "UserChannelClient[apiKey=" + credentials.apiKey() + ", markets=" + markets.size() + "]";
    }

    /** The subscribe frame. Holds the secret: never log it. */
    static String subscribeFrame(ApiCredentials credentials, Collection<String> markets) {
        JsonText json = new JsonText().beginObject().name("auth").beginObject()
                .field("apiKey", credentials.apiKey()).field("secret", credentials.secret())
                .field("passphrase", credentials.passphrase()).endObject();
        if (!markets.isEmpty()) strings(json.name("markets"), markets);
        return json.field("type", "user").endObject().toString();
    }

    static String operationFrame(String operation, Collection<String> markets) {
        return strings(new JsonText().beginObject().field("operation", operation).name("markets"), markets)
                .endObject().toString();
    }

    private static JsonText strings(JsonText json, Collection<String> values) {
        json.beginArray();
        for (String v : values) json.string(v);
        return json.endArray();
    }

    private final class Handler implements FeedHandler {
        @Override
        public List<String> subscribeFrames() {
            return List.of(subscribeFrame(credentials, List.copyOf(markets)));
        }

        @Override
        public void onText(String text, Instant receivedAt) {
            if (!StreamingJson.looksLikeJson(text)) {
                counters.ignoredText(); // PONG
                return;
            }
            UserFrame frame;
            try {
                frame = UserMessageParser.parse(text);
            } catch (IllegalArgumentException e) {
                counters.malformed();
                // The message only: user frames carry no secrets, but keep logs short.
                log.warn("malformed user channel frame: {}", e.getMessage());
                listener.onMalformed(text, e);
                return;
            }
            counters.unknownEvents(frame.unknownEvents());
            for (UserEvent e : frame.events()) {
                counters.message();
                listener.onEvent(e, receivedAt);
            }
        }

        @Override
        public void onConnectionEvent(ConnectionEvent event) {
            counters.event(event);
            log.info("user channel: {}", event);
            listener.onConnectionEvent(event);
        }
    }
}
