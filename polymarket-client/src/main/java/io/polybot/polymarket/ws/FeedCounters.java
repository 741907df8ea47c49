package io.polybot.polymarket.ws;

import java.util.concurrent.atomic.LongAdder;

/**
 * Thread-safe counters of one feed client (possibly over several connections); {@link
 * #snapshot} copies them into a {@link FeedStats}.
 */
public final class FeedCounters {
    private final LongAdder messages = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder unknownEvents = new LongAdder();
    private final LongAdder ignoredTexts = new LongAdder();
    private final LongAdder connects = new LongAdder();
    private final LongAdder disconnects = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final LongAdder staleDrops = new LongAdder();
    private final LongAdder gaps = new LongAdder();

    public void message() {
        messages.increment();
    }

    public void malformed() {
        malformed.increment();
    }

    public void unknownEvents(int count) {
        unknownEvents.add(count);
    }

    public void ignoredText() {
        ignoredTexts.increment();
    }

    /** Counts a lifecycle event by its kind. */
    public void event(ConnectionEvent event) {
        switch (event) {
            case ConnectionEvent.Connected c -> connects.increment();
            case ConnectionEvent.Disconnected d -> disconnects.increment();
            case ConnectionEvent.Reconnecting r -> reconnects.increment();
            case ConnectionEvent.Stale s -> staleDrops.increment();
            case ConnectionEvent.Gap g -> gaps.increment();
        }
    }

    public FeedStats snapshot(int openConnections, int connections) {
        return new FeedStats(messages.sum(), malformed.sum(), unknownEvents.sum(), ignoredTexts.sum(), connects.sum(),
                disconnects.sum(), reconnects.sum(), staleDrops.sum(), gaps.sum(), openConnections, connections);
    }
}
