package io.polybot.execution.venue;

import java.util.function.Consumer;

/**
 * The venue's push feed of our order and trade events (Polymarket's user channel). Events are
 * handed over on the feed's thread and must be queued, not applied, there.
 */
public interface VenueEvents extends AutoCloseable {

    /** Connects and keeps reconnecting; every event goes to {@code sink}, every gap or reconnect to {@code onGap}. */
    void start(Consumer<VenueEvent> sink, Runnable onGap);

    /** Whether the feed is connected now; while it is not, the tracker polls. */
    boolean connected();

    @Override void close();
}
