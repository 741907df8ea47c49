package io.polybot.app.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Latencies from "trade received" (RTDS frame read) to "order on the wire" (handed to the HTTP
 * client), in microseconds, and the rates sustained. A sorted array stands in for a histogram.
 *
 * @param events            whale trades injected; {@code orders} of them led to an order (the rest were denied by risk or not copied)
 * @param signals           whale trades the strategy turned into a signal (each then sent or denied by risk)
 * @param offeredPerSecond  the rate the simulator actually made the trades at (at most the one asked for)
 * @param eventsPerSecond   whale trades judged per second: signals from the first trade received to the last signal
 * @param ordersPerSecond   orders per second from the first trade received to the last order sent
 * @param signalP50Micros   median time from a trade received to its signal on the bus, over every signal (strategy's part)
 * @param signalP99Micros   its 99th percentile
 * @param venueAnswerP50Micros median time the venue (the simulator) took to answer an order: after the wire, and off the
 *                          signal path (the order sender applies answers on its own thread)
 */
public record LatencyResult(int events, int orders, int signals, long p50Micros, long p99Micros, long p999Micros, long maxMicros,
                            double offeredPerSecond, double eventsPerSecond, double ordersPerSecond, long signalP50Micros,
                            long signalP99Micros, long venueAnswerP50Micros) {

    static LatencyResult of(int events, long[] micros, double offeredPerSecond, double eventsPerSecond, double ordersPerSecond, int signals,
                            long signalP50Micros, long signalP99Micros, long venueAnswerP50Micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new LatencyResult(events, sorted.length, signals, percentile(sorted, 0.50), percentile(sorted, 0.99), percentile(sorted, 0.999),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1], offeredPerSecond, eventsPerSecond, ordersPerSecond, signalP50Micros,
                signalP99Micros, venueAnswerP50Micros);
    }

    /** Nearest rank: the smallest value with at least {@code q} of the samples at or below it. */
    static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public String json() {
        return String.format(Locale.ROOT, "{\"p50_us\":%d,\"p99_us\":%d,\"p999_us\":%d,\"max_us\":%d,\"events_per_second\":%.1f,"
                        + "\"orders_per_second\":%.1f,\"offered_per_second\":%.1f,\"signal_p50_us\":%d,\"signal_p99_us\":%d,"
                        + "\"venue_answer_p50_us\":%d,\"events\":%d,\"signals\":%d,\"orders\":%d}",
                p50Micros, p99Micros, p999Micros, maxMicros, eventsPerSecond, ordersPerSecond, offeredPerSecond, signalP50Micros, signalP99Micros,
                venueAnswerP50Micros, events, signals, orders);
    }
}
