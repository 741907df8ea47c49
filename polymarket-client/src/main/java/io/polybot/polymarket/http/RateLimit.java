package io.polybot.polymarket.http;

import java.time.Duration;
import java.util.Objects;

/**
 * One sliding-window budget: at most {@code permits} requests in any {@code window}.
 *
 * @param name budgets with the same name share one window (e.g. "clob-general" for every CLOB call)
 */
public record RateLimit(String name, int permits, Duration window) {
    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (permits <= 0) throw new IllegalArgumentException("permits must be positive, was " + permits);
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive, was " + window);
    }

    /** Half of a published limit, rounded down (at least 1): Polybot stays at or below 50% of every limit. */
    public static RateLimit halfOf(String name, int publishedPermits, Duration window) {
        return new RateLimit(name, Math.max(1, publishedPermits / 2), window);
    }
}
