package io.polybot.polymarket.ws;

import java.time.Instant;
import java.util.List;

/** What a {@link FeedConnection} delivers to, and asks of, the feed-specific code. */
public interface FeedHandler {
    /** The frames to send on every (re)open, e.g. subscriptions. */
    List<String> subscribeFrames();

    /** One text message, on the socket's thread, in arrival order. Must not throw. */
    void onText(String text, Instant receivedAt);

    /** Lifecycle notifications. Must not throw. */
    void onConnectionEvent(ConnectionEvent event);
}
