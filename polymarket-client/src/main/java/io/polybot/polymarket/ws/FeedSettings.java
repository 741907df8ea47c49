package io.polybot.polymarket.ws;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning of a {@link FeedConnection}.
 *
 * @param pingInterval how often {@code pingText} is sent while open (zero = never)
 * @param pingText the application-level keep-alive text frame ({@code ping} for RTDS, {@code PING} for the CLOB)
 * @param staleAfter open but no message for this long means a half-open socket: reconnect
 * @param initialBackoff first reconnect delay; doubles per failed attempt
 * @param maxBackoff cap of the reconnect delay
 * @param jitter fraction (0..1) of each delay that is randomised, so many clients do not reconnect in step
 * @param maxTextMessageSize largest accepted text message in bytes
 */
public record FeedSettings(
        Duration pingInterval,
        String pingText,
        Duration staleAfter,
        Duration initialBackoff,
        Duration maxBackoff,
        double jitter,
        long maxTextMessageSize) {

    public FeedSettings {
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(pingText, "pingText");
        Objects.requireNonNull(staleAfter, "staleAfter");
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        if (staleAfter.isZero() || staleAfter.isNegative()) throw new IllegalArgumentException("staleAfter must be positive");
        if (initialBackoff.isNegative() || initialBackoff.isZero()) throw new IllegalArgumentException("initialBackoff must be positive");
        if (maxBackoff.compareTo(initialBackoff) < 0) throw new IllegalArgumentException("maxBackoff must be >= initialBackoff");
        if (jitter < 0 || jitter > 1) throw new IllegalArgumentException("jitter must be in [0, 1]");
        if (maxTextMessageSize < 1024) throw new IllegalArgumentException("maxTextMessageSize too small");
    }

    /** RTDS defaults: {@code ping} every 5 s, stale after 30 s, back-off 0.5 s .. 30 s. */
    public static FeedSettings rtdsDefaults() {
        return new FeedSettings(Duration.ofSeconds(5), "ping", Duration.ofSeconds(30),
                Duration.ofMillis(500), Duration.ofSeconds(30), 0.5, 4L * 1024 * 1024);
    }

    /**
     * CLOB market and user channel defaults: text {@code PING} every 10 s (PROTOCOL §5.3), stale
     * after 30 s (three unanswered pings), back-off 0.5 s .. 30 s.
     */
    public static FeedSettings clobDefaults() {
        return new FeedSettings(Duration.ofSeconds(10), "PING", Duration.ofSeconds(30),
                Duration.ofMillis(500), Duration.ofSeconds(30), 0.5, 16L * 1024 * 1024);
    }

    public FeedSettings withStaleAfter(Duration v) {
        return new FeedSettings(pingInterval, pingText, v, initialBackoff, maxBackoff, jitter, maxTextMessageSize);
    }

    public FeedSettings withBackoff(Duration initial, Duration max) {
        return new FeedSettings(pingInterval, pingText, staleAfter, initial, max, jitter, maxTextMessageSize);
    }

    public FeedSettings withPing(Duration interval, String text) {
        return new FeedSettings(interval, text, staleAfter, initialBackoff, maxBackoff, jitter, maxTextMessageSize);
    }

    /**
     * The delay before reconnect attempt {@code attempt} (1-based): exponential, capped, with
     * the jittered fraction drawn from {@code random01} in [0, 1).
     */
    public Duration backoff(int attempt, double random01) {
        long base = initialBackoff.toMillis();
        long max = maxBackoff.toMillis();
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long exp = base > (max >> shift) ? max : Math.min(max, base << shift);
        long jittered = Math.round(exp * (1 - jitter * random01));
        return Duration.ofMillis(Math.max(1, jittered));
    }
}
