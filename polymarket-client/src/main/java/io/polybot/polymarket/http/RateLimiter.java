package io.polybot.polymarket.http;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A client-side sliding-window rate limiter: {@link #acquire} waits until the call fits every
 * budget of its family, then records it in all of them.
 *
 * <p>Polymarket throttles on sliding windows (Cloudflare), so an exact log of send times per
 * budget is kept rather than a token bucket, which would allow a double burst at a window edge.
 * Waits go through the injected {@link Sleeper}; time comes from the injected {@link Clock}.
 * Thread-safe; the lock is never held while waiting.
 */
public final class RateLimiter {
    private final Clock clock;
    private final Sleeper sleeper;
    private final Map<String, ArrayDeque<Long>> sent = new HashMap<>();
    private final boolean metered;

    public RateLimiter(Clock clock, Sleeper sleeper) {
        this(clock, sleeper, true);
    }

    private RateLimiter(Clock clock, Sleeper sleeper, boolean metered) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.metered = metered;
    }

    /**
     * A limiter that lets every call through at once and records nothing: for a venue that is not
     * Polymarket's (the loopback simulator under a benchmark), never for the real one.
     */
    public static RateLimiter unmetered() {
        return new RateLimiter(Clock.systemUTC(), Sleeper.SYSTEM, false);
    }

    /** A limiter on the system clock with real waits. */
    public static RateLimiter system() {
        return new RateLimiter(Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** Waits until a call of {@code family} is allowed, records it, and returns how long it waited in total. */
    public Duration acquire(EndpointFamily family) throws InterruptedException {
        Duration waited = Duration.ZERO;
        while (true) {
            Duration wait = tryAcquire(family);
            if (wait.isZero()) return waited;
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }

    /** Records the call and returns zero if it fits now; otherwise records nothing and returns how long to wait. */
    public synchronized Duration tryAcquire(EndpointFamily family) {
        if (!metered) return Duration.ZERO;
        long now = clock.millis();
        long waitMs = 0;
        for (RateLimit limit : family.limits()) {
            ArrayDeque<Long> log = sent.computeIfAbsent(limit.name(), k -> new ArrayDeque<>());
            long windowMs = limit.window().toMillis();
            while (!log.isEmpty() && log.peekFirst() <= now - windowMs) log.pollFirst();
            // Full window: the call fits once the oldest entry that keeps it full has left the window.
            if (log.size() >= limit.permits()) {
                long oldestBlocking = log.stream().skip(log.size() - limit.permits()).findFirst().orElseThrow();
                waitMs = Math.max(waitMs, oldestBlocking + windowMs - now);
            }
        }
        if (waitMs > 0) return Duration.ofMillis(waitMs);
        for (RateLimit limit : family.limits()) sent.get(limit.name()).addLast(now);
        return Duration.ZERO;
    }
}
