package io.polybot.polymarket.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A token bucket: holds up to {@code capacity} tokens and gains {@code tokensPerSecond}. A take
 * of n tokens is admitted only when all n are there (the venue admits a batch whole or not at
 * all); a charge after the fact may leave it in debt, which later takes wait out.
 *
 * <p>Tokens are counted in thousandths so the refill stays exact in whole milliseconds. Time
 * comes from the injected {@link Clock}. Thread-safe.
 */
public final class TokenBucket {
    private static final long MILLI = 1000;

    private final String name;
    private final Rate rate;
    private final Clock clock;
    private long milliTokens;
    private long lastRefillMs;

    /** Size and refill of a bucket. */
    public record Rate(int capacity, int tokensPerSecond) {
        public Rate {
            if (capacity <= 0) throw new IllegalArgumentException("capacity must be positive, was " + capacity);
            if (tokensPerSecond <= 0) throw new IllegalArgumentException("tokensPerSecond must be positive, was " + tokensPerSecond);
        }
    }

    /** Starts full. */
    public TokenBucket(String name, Rate rate, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.rate = Objects.requireNonNull(rate, "rate");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.milliTokens = rate.capacity() * MILLI;
        this.lastRefillMs = clock.millis();
    }

    public String name() {
        return name;
    }

    public Rate rate() {
        return rate;
    }

    /**
     * Takes {@code tokens} and returns zero when the bucket holds them all; otherwise takes
     * nothing and returns how long until it will.
     */
    public synchronized Duration tryTake(int tokens) {
        if (tokens <= 0) return Duration.ZERO;
        if (tokens > rate.capacity())
            throw new IllegalArgumentException(name + ": " + tokens + " tokens can never fit a bucket of " + rate.capacity());
        refill();
        long needed = tokens * MILLI - milliTokens;
        if (needed <= 0) {
            milliTokens -= tokens * MILLI;
            return Duration.ZERO;
        }
        // tokensPerSecond thousandths of a token arrive each millisecond; round the wait up.
        return Duration.ofMillis((needed + rate.tokensPerSecond() - 1) / rate.tokensPerSecond());
    }

    /** Removes {@code tokens} now, going into debt if need be (a cost known only after the answer). */
    public synchronized void charge(int tokens) {
        if (tokens <= 0) return;
        refill();
        milliTokens -= tokens * MILLI;
    }

    /** Whole tokens available now (negative while in debt). */
    public synchronized long available() {
        refill();
        return Math.floorDiv(milliTokens, MILLI);
    }

    private void refill() {
        long now = clock.millis();
        long elapsed = now - lastRefillMs;
        if (elapsed <= 0) return;
        lastRefillMs = now;
        milliTokens = Math.min(rate.capacity() * MILLI, milliTokens + elapsed * rate.tokensPerSecond());
    }
}
