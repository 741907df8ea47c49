package io.polybot.polymarket.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-signer token buckets Polymarket announced for 2026-07-24 (PROTOCOL §4.6): one for
 * orders ({@code POST /order} costs 1, {@code POST /orders} one per order) and one for cancels
 * ({@code DELETE /order} 1, {@code DELETE /orders} one per id, {@code /cancel-all} and
 * {@code /cancel-market-orders} 1 up front plus one per cancelled order once the answer says how
 * many). A batch waits until its bucket covers all of it. Share one instance among the clients
 * of one signer.
 *
 * <p>The venue has not published the tier rates, so {@link Settings#DEFAULT} is a guess kept
 * well under the per-IP limits it did publish; override it from configuration once the tiers are
 * known. The venue's {@code Poly-RateLimit-Warning: true} answer header (warning mode before
 * enforcement) is counted in {@link #warnings()} and logged.
 */
public final class SignerRateBuckets {
    private static final Logger log = LoggerFactory.getLogger(SignerRateBuckets.class);
    private static final long LOG_EVERY = 100;

    /**
     * Bucket sizes and refills.
     *
     * @param orders capacity at least {@code ClobClient.MAX_BATCH_ORDERS} so a full batch can fit
     * @param cancels a {@code DELETE /orders} longer than its capacity is split
     */
    public record Settings(TokenBucket.Rate orders, TokenBucket.Rate cancels) {
        /**
         * Orders: 100 burst, 10/s (600/min; the published per-IP sustained POST /order limit is
         * 3,600/min). Cancels: 1,000 burst so one full {@code DELETE /orders} fits, 50/s
         * (published per-IP DELETE /order burst 300/s). Unconfirmed tiers: a guess, not a spec.
         */
        public static final Settings DEFAULT = new Settings(new TokenBucket.Rate(100, 10), new TokenBucket.Rate(1_000, 50));

        /** Buckets no run empties (a million tokens, refilled a million per second): for the loopback simulator, never the venue. */
        public static final Settings UNMETERED = new Settings(new TokenBucket.Rate(1_000_000, 1_000_000),
                new TokenBucket.Rate(1_000_000, 1_000_000));

        public Settings {
            Objects.requireNonNull(orders, "orders");
            Objects.requireNonNull(cancels, "cancels");
        }
    }

    private final TokenBucket orders;
    private final TokenBucket cancels;
    private final Sleeper sleeper;
    private final AtomicLong warnings = new AtomicLong();

    public SignerRateBuckets(Settings settings, Clock clock, Sleeper sleeper) {
        this.orders = new TokenBucket("orders", settings.orders(), clock);
        this.cancels = new TokenBucket("cancels", settings.cancels(), clock);
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Default settings on the system clock with real waits. */
    public static SignerRateBuckets system() {
        return new SignerRateBuckets(Settings.DEFAULT, Clock.systemUTC(), Sleeper.SYSTEM);
    }

    /** Waits until the orders bucket holds {@code count} tokens and takes them; returns the time waited. */
    public Duration acquireOrders(int count) throws InterruptedException {
        return acquire(orders, count);
    }

    /** Waits until the cancels bucket holds {@code count} tokens and takes them; returns the time waited. */
    public Duration acquireCancels(int count) throws InterruptedException {
        return acquire(cancels, count);
    }

    /** Charges cancels known only from the answer ({@code /cancel-all}: one per order cancelled). */
    public void chargeCancels(int count) {
        cancels.charge(count);
    }

    public int orderCapacity() {
        return orders.rate().capacity();
    }

    public int cancelCapacity() {
        return cancels.rate().capacity();
    }

    public long ordersAvailable() {
        return orders.available();
    }

    public long cancelsAvailable() {
        return cancels.available();
    }

    /** Records one {@code Poly-RateLimit-Warning: true} answer to {@code endpoint} ("POST /order"). */
    public void onRateLimitWarning(String endpoint) {
        long n = warnings.incrementAndGet();
        // The first and then every 100th: a warning storm must not flood the log.
        if (n == 1 || n % LOG_EVERY == 0)
            log.warn("Polymarket rate-limit warning on {} ({} so far): over a per-signer bucket; enforcement would refuse",
                    endpoint, n);
    }

    /** How many answers carried {@code Poly-RateLimit-Warning: true}. */
    public long warnings() {
        return warnings.get();
    }

    private Duration acquire(TokenBucket bucket, int count) throws InterruptedException {
        Duration waited = Duration.ZERO;
        while (true) {
            Duration wait = bucket.tryTake(count);
            if (wait.isZero()) return waited;
            sleeper.sleep(wait);
            waited = waited.plus(wait);
        }
    }
}
