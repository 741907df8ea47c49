package io.polybot.app.cli;

import io.polybot.app.bench.LatencyBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code polybot bench}: measurements of the whole system; micro-benchmarks (JMH) live in {@code bench/}. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures Polybot end to end against the simulator.",
        subcommands = {BenchCommand.Latency.class})
public final class BenchCommand implements Runnable {
    @Override public void run() { new picocli.CommandLine(this).usage(System.out); }

    /** {@code polybot bench latency}: trade received to order on the wire. */
    @Command(name = "latency", mixinStandardHelpOptions = true,
            description = {"Runs the simulator and Polybot (ingest, strategy, execution; in-memory bus, embedded PostgreSQL) in one process,",
                    "has the simulator's whale trade N times at R per second, and prints the latency from the trade's RTDS frame",
                    "being read to its copy order being handed to the HTTP client. Risk's order rate holds the copies to what the venue",
                    "takes (10/s by default); the rest are judged and denied. The last line is one JSON object."})
    public static final class Latency implements Runnable {
        /** The default warm-up's length. */
        static final java.time.Duration WARMUP = java.time.Duration.ofSeconds(30);

        @Option(names = "--events", defaultValue = "1000", description = "Whale trades to inject (default: ${DEFAULT-VALUE}).")
        int events;

        @Option(names = "--rate", defaultValue = "1000", description = "Whale trades per second (default: ${DEFAULT-VALUE}).")
        double rate;

        @Option(names = "--warmup", defaultValue = "-1",
                description = "Whale trades injected first and not measured: class loading, start-up backfill, the JIT (default: 30 seconds' "
                        + "worth at --rate, at least 20: the JIT's optimising compiler is busy for about that long on two cores).")
        int warmup;

        @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulated world (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--slowest", defaultValue = "0",
                description = "Also print the N slowest orders, split into trade-to-signal and signal-to-wire (default: ${DEFAULT-VALUE}).")
        int slowest;

        @Option(names = "--max-orders-per-second", defaultValue = "10",
                description = "Risk's order rate for the run; the copies beyond it are denied (default: ${DEFAULT-VALUE}, the configured default).")
        int maxOrdersPerSecond;

        @Option(names = "--matched",
                description = "Have the simulator match the whale's trades (the book moves, makers requote; about 300/s at most here) "
                        + "instead of printing them on its tape and feed.")
        boolean matched;

        @Option(names = "--data-dir", description = "Where the run's embedded database goes (default: a temporary directory).")
        Path dataDir;

        @Override public void run() {
            if (events < 1 || rate <= 0 || warmup < -1 || slowest < 0 || maxOrdersPerSecond < 1)
                throw new IllegalArgumentException("--events must be >= 1, --rate > 0, --warmup >= 0, --slowest >= 0, --max-orders-per-second >= 1");
            int warmupTrades = warmup >= 0 ? warmup : (int) Math.max(20, Math.min(Integer.MAX_VALUE, Math.round(rate * WARMUP.toSeconds())));
            Path dir;
            try {
                dir = dataDir != null ? dataDir : Files.createTempDirectory("polybot-bench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var result = LatencyBench.run(dir, new LatencyBench.Settings(events, rate, seed, warmupTrades, slowest, maxOrdersPerSecond, matched));
            if (dataDir == null) deleteQuietly(dir);
            System.out.printf("latency from trade received to order on the wire, %d orders from %d whale trades:%n", result.orders(), result.events());
            System.out.printf("  p50 %d us, p99 %d us, p99.9 %d us, max %d us; %.1f orders/s%n", result.p50Micros(),
                    result.p99Micros(), result.p999Micros(), result.maxMicros(), result.ordersPerSecond());
            System.out.printf("every whale trade judged: %d signals, trade to signal p50 %d us, p99 %d us; %.1f trades/s sustained (%.1f/s offered)%n",
                    result.signals(), result.signalP50Micros(), result.signalP99Micros(), result.eventsPerSecond(), result.offeredPerSecond());
            System.out.println(result.json());
        }

        /** The run's own temporary database goes with it. */
        private static void deleteQuietly(Path dir) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                System.err.println("could not delete " + dir + ": " + e.getMessage());
            }
        }
    }
}
