package io.polybot.app.bench;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.roles.ExecutionWiring;
import io.polybot.app.roles.IngestWiring;
import io.polybot.app.roles.StrategyWiring;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.execution.ExecutionRole;
import io.polybot.execution.mode.LiveArming;
import io.polybot.execution.venue.PolymarketVenue;
import io.polybot.ingest.IngestRole;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.http.RateLimiter;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.http.SignerRateBuckets;
import io.polybot.polymarket.http.Sleeper;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.OrderSigner;
import io.polybot.polymarket.order.OrderSigners;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.world.WalletType;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.Whale;
import io.polybot.strategy.StrategyRole;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * The latency harness (issue 6, item 11): the simulator and Polybot's ingest, strategy and
 * execution in one process on the in-memory bus, the simulator's informed wallet made to trade N
 * times at a given rate, and the time from each trade's RTDS frame being read to its copy order
 * being handed to the HTTP client. Risk limits are opened wide so that the orders, not the
 * denials, are measured; the path (book read, sizing, every risk check, signing, the store) is the
 * production one.
 */
public final class LatencyBench implements AutoCloseable {
    /** How long the pipeline may stay quiet before the run counts as drained. */
    private static final Duration QUIET = Duration.ofSeconds(3);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<SignalId, Instant> receivedAt = new ConcurrentHashMap<>();
    private final Map<SignalId, Instant> signalSeenAt = new ConcurrentHashMap<>();
    private SimHandle sim;
    private ProbedVenue venue;
    private int slowest;
    private boolean matched;
    /** Trades received before this were the warm-up's. */
    private Instant measuredFrom = Instant.MIN;

    /**
     * What to run.
     *
     * @param warmup             trades at the same rate first, not measured: the first orders of a fresh JVM pay for class
     *                           loading, the JIT and the start-up backfill
     * @param slowest            print this many of the slowest orders' split first
     * @param maxOrdersPerSecond risk's order rate (the configured default is 10/s, the SDK's pacing per signer); the copies
     *                           beyond it are denied at once, so a high rate of whale trades measures judging them all and
     *                           sending the copies the venue would take
     * @param matched            the whale's trades matched by the simulator's engine (the book moves, market makers requote;
     *                           about 300 a second at most here) rather than printed on its tape and feed ({@link SimHandle#printWhaleTrade})
     */
    public record Settings(int events, double rate, long seed, int warmup, int slowest, int maxOrdersPerSecond, boolean matched) {
        /** Every copy sent (the order rate out of the way), trades printed. */
        public static Settings everyCopy(int events, double rate, long seed) {
            return new Settings(events, rate, seed, 0, 0, Integer.MAX_VALUE, false);
        }
    }

    /** Runs the harness with the data (embedded PostgreSQL) under {@code dataDir}. */
    public static LatencyResult run(Path dataDir, Settings settings) {
        try (LatencyBench bench = new LatencyBench()) {
            bench.slowest = settings.slowest();
            bench.matched = settings.matched();
            bench.start(dataDir, settings.events() + settings.warmup(), settings.seed(), settings.maxOrdersPerSecond());
            int warmup = settings.warmup();
            double rate = settings.rate();
            // The measured trades follow the warm-up without a pause: the steady state at the asked rate, not a start
            // from rest (whose first second releases a burst of the order rate's worth of copies at once).
            if (warmup > 0) {
                bench.inject(warmup, rate);
                bench.venue.answeredAfterMicros.clear();
            }
            bench.measuredFrom = Instant.now();
            return bench.measure(settings.events(), rate);
        }
    }

    private void start(Path dataDir, int events, long seed, int maxOrdersPerSecond) {
        PolybotConfig cfg = PolybotConfig.load(null, Map.of(
                "polybot.data-dir", dataDir.toString(),
                "polybot.risk.equity", "100000000",
                "polybot.risk.max-position-share", "1",
                "polybot.risk.max-positions-per-event", 1000,
                "polybot.risk.max-total-exposure-share", "1",
                "polybot.risk.daily-loss-limit", "100000000",
                "polybot.risk.max-slippage", "1",
                "polybot.risk.max-orders-per-second", maxOrdersPerSecond,
                // Risk checks the balance against this; the simulator funds the wallet to match.
                "polybot.demo.starting-balance", Integer.toString(100 * events + 10_000)));
        Clock clock = Clock.system();
        Store store = own(Store.open(StoreConfig.fromEnvironment(cfg.dataDir())));
        MessageBus bus = own(new InMemoryBus(clock, cfg.bus().maxDeliveries(), cfg.bus().redeliveryDelay()));
        sim = own(SimServer.start(new SimConfig(SimConfig.LOOPBACK, 0, seed, 1.0), clock));
        sim.truth().walletTypes().forEach((WalletAddress wallet, WalletType type) -> {
            if (type == WalletType.INFORMED) store.whales().upsert(new Whale(wallet, "bench informed", true, false, false,
                    "latency bench: the simulator's informed wallet", clock.now()));
        });
        OrderSigner signer = OrderSigners.fromHex(HexFormat.of().formatHex(SecureRandom.getSeed(32)));
        sim.fund(signer.address(), cfg.demo().startingBalance().amount());
        // The client's budgets are Polymarket's published limits (POST /order: 60/s sustained per IP, halved; 10/s per signer
        // by default): the run would measure our own pacing. The loopback simulator has none, so the bench sends unmetered.
        ClobClient unauthenticated = new ClobClient(sim.baseUrls().clob(), signer, null, SimServer.CHAIN_ID,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), java.time.Clock.systemUTC(), Duration.ofSeconds(10),
                RateLimiter.unmetered(), RetryPolicy.DEFAULT, Sleeper.SYSTEM,
                new SignerRateBuckets(SignerRateBuckets.Settings.UNMETERED, java.time.Clock.systemUTC(), Sleeper.SYSTEM));
        ClobClient clob = unauthenticated.withCredentials(unauthenticated.createOrDeriveApiKey(0));
        venue = new ProbedVenue(new PolymarketVenue(clob, new OrderBuilder(signer, SimServer.CHAIN_ID), OrderVersion.V2,
                URI.create(sim.baseUrls().ws() + "/user")));
        // The copy's signal id derives from the trade id: that pairs each order with the frame it came from.
        own(bus.subscribe(Topic.MD_TRADES, "bench", envelope -> {
            if (envelope.payload() instanceof WalletTrade t && t.receivedAt() != null)
                receivedAt.putIfAbsent(SignalId.of("whale-copy", t.id()), t.receivedAt());
        }));
        // When each signal reached the bus (this group's own consumer sees it about when execution's does): splits the
        // latency into strategy's part and execution's.
        own(bus.subscribe(Topic.SIGNALS, "bench", envelope -> {
            if (envelope.payload() instanceof Signal signal) signalSeenAt.putIfAbsent(signal.id(), Instant.now());
        }));
        ExecutionRole execution = own(ExecutionWiring.wire(cfg, bus, store, venue, Optional.empty(), "bench", clock, LiveArming.simulated()));
        execution.start("bench");
        StrategyRole strategy = own(StrategyWiring.wire(cfg, bus, store, clock));
        strategy.start("bench");
        IngestRole ingest = own(IngestWiring.wire(bus, store, sim.baseUrls().gamma(), sim.baseUrls().rtds(), sim.baseUrls().data(), clock));
        try {
            ingest.start();
        } catch (Exception e) {
            throw new IllegalStateException("ingest could not start: " + e, e);
        }
    }

    /** Makes the simulator's whale trade {@code events} times at {@code rate} per second; answers how many trades it made. */
    private int inject(int events, double rate) {
        long interval = (long) (1_000_000_000L / rate);
        long begin = System.nanoTime();
        int injected = 0;
        for (int i = 0; i < events; i++) {
            long due = begin + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            if ((matched ? sim.triggerWhaleTrade() : sim.printWhaleTrade()).isPresent()) injected++;
        }
        return injected;
    }

    private LatencyResult measure(int events, double rate) {
        long begin = System.nanoTime();
        int injected = inject(events, rate);
        // The simulator makes each trade on its own thread (matching, market makers requoting): on a busy machine it may
        // not keep the asked rate, so the rate actually offered is reported beside the one sustained.
        double offered = events / Math.max(1e-6, (System.nanoTime() - begin) / 1e9);
        awaitQuiet();
        Span orders = new Span(), judged = new Span();
        for (var sent : venue.sentAt.entrySet()) {
            Instant received = measured(sent.getKey());
            if (received != null) orders.add(received, sent.getValue()); // else a warm-up trade's copy
        }
        // Every trade the strategy turned into a signal, sent or denied: how fast the whole feed is judged.
        for (var signalled : signalSeenAt.entrySet()) {
            Instant received = measured(signalled.getKey());
            if (received != null) judged.add(received, signalled.getValue());
        }
        if (slowest > 0) printSlowest();
        long[] answered = venue.answeredAfterMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] signalled = judged.sorted();
        return LatencyResult.of(injected, orders.sorted(), offered, judged.perSecond(), orders.perSecond(), signalled.length,
                LatencyResult.percentile(signalled, 0.50), LatencyResult.percentile(signalled, 0.99), LatencyResult.percentile(answered, 0.50));
    }

    /** When the signal's trade was received, if it was one of the measured trades. */
    private Instant measured(SignalId signal) {
        Instant received = receivedAt.get(signal);
        return received == null || received.isBefore(measuredFrom) ? null : received;
    }

    /** Latencies from trades received to some later moment, and the span from the first trade to the last moment. */
    private static final class Span {
        final List<Long> micros = new ArrayList<>();
        Instant first;
        Instant last;

        void add(Instant received, Instant then) {
            micros.add(Duration.between(received, then).toNanos() / 1_000);
            if (first == null || received.isBefore(first)) first = received;
            if (last == null || then.isAfter(last)) last = then;
        }

        long[] sorted() { return micros.stream().mapToLong(Long::longValue).sorted().toArray(); }

        double perSecond() { return micros.isEmpty() ? 0 : micros.size() / Math.max(1e-6, Duration.between(first, last).toNanos() / 1e9); }
    }

    /** The slowest orders, each split into strategy's part and execution's, with when its trade came: stalls show as runs. */
    private void printSlowest() {
        record Row(long total, long toSignal, Instant received) {}
        List<Row> rows = new ArrayList<>();
        for (var sent : venue.sentAt.entrySet()) {
            Instant received = measured(sent.getKey());
            Instant signalled = signalSeenAt.get(sent.getKey());
            if (received == null || signalled == null) continue;
            rows.add(new Row(Duration.between(received, sent.getValue()).toNanos() / 1_000, Duration.between(received, signalled).toNanos() / 1_000,
                    received));
        }
        rows.sort(java.util.Comparator.comparingLong(Row::total).reversed());
        System.out.printf("the %d slowest orders (us: total = trade to signal + signal to wire; trade received at):%n", Math.min(slowest, rows.size()));
        rows.stream().limit(slowest).forEach(r -> System.out.printf("  %d = %d + %d  %s%n", r.total(), r.toSignal(), r.total() - r.toSignal(),
                r.received()));
    }

    /** Until no new signal or order for {@link #QUIET} (the pipeline has drained), at most a minute. */
    private void awaitQuiet() {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        int seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            int now = venue.sentAt.size() + signalSeenAt.size();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET.toNanos()) return;
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private <T extends AutoCloseable> T own(T resource) {
        started.push(resource);
        return resource;
    }

    @Override public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                // closing down after the measurement; nothing to save
            }
        }
    }
}
