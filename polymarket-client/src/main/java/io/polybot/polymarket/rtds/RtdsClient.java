package io.polybot.polymarket.rtds;

import io.polybot.polymarket.ws.ConnectionEvent;
import io.polybot.polymarket.ws.FeedConnection;
import io.polybot.polymarket.ws.FeedHandler;
import io.polybot.polymarket.ws.FeedSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Client of the RTDS socket's {@code activity/trades} topic: every wallet's trades, pushed.
 *
 * <p>Subscribes on every (re)open, pings with {@code ping} every 5 s, reconnects with back-off
 * and reports silent periods as gaps (see {@link FeedConnection}). A malformed frame is counted
 * and reported through {@link RtdsListener#onMalformed}; it never closes the connection.
 */
public final class RtdsClient implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RtdsClient.class);

    private final RtdsListener listener;
    private final FeedConnection connection;
    private final AtomicLong trades = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    public RtdsClient(URI uri, RtdsListener listener) {
        this(uri, listener, FeedSettings.rtdsDefaults(), Clock.systemUTC());
    }

    public RtdsClient(URI uri, RtdsListener listener, FeedSettings settings, Clock clock) {
        this.listener = Objects.requireNonNull(listener, "listener");
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

    /** Trades delivered so far. */
    public long tradeCount() {
        return trades.get();
    }

    /** Frames rejected as malformed so far. */
    public long malformedCount() {
        return malformed.get();
    }

    private final class Handler implements FeedHandler {
        @Override
        public List<String> subscribeFrames() {
            return List.of(RtdsMessages.SUBSCRIBE_ACTIVITY_TRADES);
        }

        @Override
        public void onText(String text, Instant receivedAt) {
            List<RtdsTrade> parsed;
            try {
                parsed = RtdsMessages.parseTrades(text);
            } catch (IllegalArgumentException e) {
                malformed.incrementAndGet();
                log.warn("malformed RTDS frame from {}: {}", connection.uri(), e.getMessage());
                listener.onMalformed(text, e);
                return;
            }
            for (RtdsTrade t : parsed) {
                trades.incrementAndGet();
                listener.onTrade(t, receivedAt);
            }
        }

        @Override
        public void onConnectionEvent(ConnectionEvent event) {
            log.info("RTDS {}", event);
            listener.onConnectionEvent(event);
        }
    }
}
