package io.polybot.core.time;

import java.time.Instant;

/** The source of time for everything that reads it; live code uses the system clock, demo and backtests others. */
public interface Clock {
    Instant now();

    default long millis() { return now().toEpochMilli(); }

    static Clock system() { return SystemClock.INSTANCE; }
}
