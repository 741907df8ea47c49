package io.polybot.polymarket.http;

import java.time.Duration;

/** Something that waits; injected so rate-limit and back-off waits are instant in tests. */
@FunctionalInterface
public interface Sleeper {
    /** Blocks the calling thread for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;

    /** Real waiting with {@link Thread#sleep(Duration)}. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) Thread.sleep(duration);
    };
}
