package io.polybot.polymarket.market;

import java.time.Instant;

/** Receives what a {@link MarketChannelClient} reads. Called on a socket thread; must not block long. */
public interface MarketChannelListener {
    /** One typed message, in arrival order per connection. */
    void onMessage(MarketMessage message, Instant receivedAt);

    /** A frame that could not be parsed; the connection goes on. */
    default void onMalformed(String raw, Exception error) {}

    /** Connect, disconnect, stale and gap notifications of one connection. */
    default void onConnectionEvent(MarketConnectionEvent event) {}
}
