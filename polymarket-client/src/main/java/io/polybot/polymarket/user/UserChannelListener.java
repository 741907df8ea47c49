package io.polybot.polymarket.user;

import io.polybot.polymarket.ws.ConnectionEvent;
import java.time.Instant;

/** Receives what a {@link UserChannelClient} reads. Called on the socket thread; must not block long. */
public interface UserChannelListener {
    void onEvent(UserEvent event, Instant receivedAt);

    /** A frame that could not be parsed; the connection goes on. */
    default void onMalformed(String raw, Exception error) {}

    /** Connect, disconnect, stale and gap notifications (a Gap means: reconcile orders and trades over REST). */
    default void onConnectionEvent(ConnectionEvent event) {}
}
