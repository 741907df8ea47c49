package io.polybot.polymarket.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a retryable call is repeated after no answer, a 5xx or a 429.
 *
 * <p>Only idempotent calls are retried (GETs, cancels) and {@code POST /order} only by
 * re-posting the very same signed body; a 4xx other than 429 is never retried.
 *
 * @param maxAttempts total attempts including the first (1 = no retry)
 * @param initialBackoff wait before the second attempt; doubles each time up to {@code maxBackoff}
 * @param maxRetryAfter a 429's {@code Retry-After} longer than this is not waited for: the 429 is returned
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    /** Three attempts, 200 ms then 400 ms apart; waits up to 30 s for a Retry-After. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));
    /** One attempt only. */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    public Duration backoff(int attempt) {
        Duration d = initialBackoff;
        for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) d = d.multipliedBy(2);
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
