package io.polybot.core.time;

import java.time.Instant;

/** Wall-clock time. */
public final class SystemClock implements Clock {
    static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {}

    @Override public Instant now() { return Instant.now(); }
}
