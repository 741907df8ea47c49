package io.polybot.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when told to: for tests and backtests. */
public final class SimulatedClock implements Clock {
    private final AtomicReference<Instant> now;

    public SimulatedClock(Instant start) { this.now = new AtomicReference<>(start); }

    @Override public Instant now() { return now.get(); }

    public void advance(Duration by) {
        if (by.isNegative()) throw new IllegalArgumentException("time cannot go backwards: " + by);
        now.updateAndGet(t -> t.plus(by));
    }

    public void set(Instant to) {
        now.updateAndGet(t -> {
            if (to.isBefore(t)) throw new IllegalArgumentException("time cannot go backwards: " + t + " -> " + to);
            return to;
        });
    }
}
