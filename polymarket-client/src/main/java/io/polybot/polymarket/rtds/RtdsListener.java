package io.polybot.polymarket.rtds;

import io.polybot.polymarket.ws.ConnectionEvent;
import java.time.Instant;

/** Receives what an {@link RtdsClient} reads. Called on the socket thread; must not block long. */
public interface RtdsListener {
    void onTrade(RtdsTrade trade, Instant receivedAt);

    /** A frame that could not be parsed; the connection goes on. */
    default void onMalformed(String raw, Exception error) {}

    /** Connect, disconnect, stale and gap notifications (a Gap means: backfill that window). */
    default void onConnectionEvent(ConnectionEvent event) {}
}
