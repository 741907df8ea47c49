package io.polybot.app.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies from "trade received" (RTDS frame read) to "order on the wire" (handed to the HTTP
 * client), in microseconds, and the rate sustained. A sorted array stands in for a histogram.
 *
 * @param events whale trades injected; {@code orders} of them led to an order (the rest were denied by risk or not copied)
 */
public record LatencyResult(int events, int orders, long p50Micros, long p99Micros, long p999Micros, long maxMicros, double eventsPerSecond) {

    static LatencyResult of(int events, long[] micros, double eventsPerSecond) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new LatencyResult(events, sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 0.999),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], eventsPerSecond);
    }

    /** Nearest rank: the smallest value with at least {@code q} of the samples at or below it. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public String json() {
        return String.format(Locale.ROOT, "{\"p50_us\":%d,\"p99_us\":%d,\"p999_us\":%d,\"max_us\":%d,\"events_per_second\":%.1f,\"events\":%d,\"orders\":%d}",
                p50Micros, p99Micros, p999Micros, maxMicros, eventsPerSecond, events, orders);
    }
}
