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
import java.util.Arrays;
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

    /**
     * How long the harness remembers a trade's times: its order, if any, goes out within milliseconds.
     * Forgotten after this, the harness's own records die young; kept for every trade, they were a
     * third of what each young collection had to copy, lengthening the pauses it measures.
     */
    private static final Duration REMEMBER = Duration.ofSeconds(10);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    /**
     * Each recent trade's times, by its copy's signal id. The bench's own consumers and the sender run on
     * different threads, so the trade, its signal and its order may be seen in any order: whichever comes
     * last completes the record.
     */
    private final Map<SignalId, Times> times = new ConcurrentHashMap<>();
    /** Each measured trade's trade-to-signal time, and each measured order's times, taken as they happen. */
    private final Span judged = new Span();
    private final Span orders = new Span();
    private final List<Slow> orderSplits = new ArrayList<>();

    /** When a trade was received, its signal seen and its copy sent; guarded by the map's compute. */
    private static final class Times {
        Instant received, signalled, sent;
        boolean judgedTaken, sentTaken;

        Instant first() { return received != null ? received : signalled != null ? signalled : sent; }
    }
    /** An order's time split into strategy's part and execution's, with when its trade came. */
    private record Slow(long total, long toSignal, Instant received) {}
    private final java.util.concurrent.atomic.AtomicLong signalsSeen = new java.util.concurrent.atomic.AtomicLong();
    /** Orders whose trade the harness never saw within {@link #REMEMBER}. */
    private int untracked;
    private long tradesSeen;
    private SimHandle sim;
    private ProbedVenue venue;
    private int slowest;
    private boolean matched;
    /** Trades received before this were the warm-up's (all of them until the measurement starts). */
    private volatile Instant measuredFrom = Instant.MAX;

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
            if (envelope.payload() instanceof WalletTrade t && t.receivedAt() != null) {
                note(SignalId.of("whale-copy", t.id()), r -> r.received = t.receivedAt());
                if (++tradesSeen % 1_000 == 0) forgetBefore(t.receivedAt().minus(REMEMBER));
            }
        }));
        // When each signal reached the bus (this group's own consumer sees it about when execution's does): splits the
        // latency into strategy's part and execution's.
        own(bus.subscribe(Topic.SIGNALS, "bench", envelope -> {
            if (!(envelope.payload() instanceof Signal signal)) return;
            Instant now = Instant.now();
            note(signal.id(), r -> r.signalled = now);
            signalsSeen.incrementAndGet();
        }));
        venue.onSent = this::sent;
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
        if (untracked > 0) System.out.printf("%d orders went out without their trade being seen within %d s; not counted%n", untracked,
                REMEMBER.toSeconds());
        if (slowest > 0) printSlowest();
        long[] answered = venue.answeredAfterMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] signalled;
        synchronized (judged) {
            signalled = judged.sorted();
        }
        synchronized (orders) {
            return LatencyResult.of(injected, orders.sorted(), offered, judged.perSecond(), orders.perSecond(), signalled.length,
                    LatencyResult.percentile(signalled, 0.50), LatencyResult.percentile(signalled, 0.99), LatencyResult.percentile(answered, 0.50));
        }
    }

    /** An order on the wire (the sender's thread). */
    private void sent(SignalId signal, Instant at) { note(signal, r -> r.sent = at); }

    /**
     * Adds one time to a trade's record and takes what it completes: trade to signal for every measured trade, trade to
     * wire for every measured order (a warm-up trade's are dropped).
     */
    private void note(SignalId signal, java.util.function.Consumer<Times> update) {
        times.compute(signal, (id, t) -> {
            if (t == null) t = new Times();
            update.accept(t);
            boolean measured = t.received != null && !t.received.isBefore(measuredFrom);
            if (measured && t.signalled != null && !t.judgedTaken) {
                t.judgedTaken = true;
                synchronized (judged) {
                    judged.add(t.received, t.signalled);
                }
            }
            if (measured && t.sent != null && !t.sentTaken) {
                t.sentTaken = true;
                synchronized (orders) {
                    orders.add(t.received, t.sent);
                    if (t.signalled != null) orderSplits.add(new Slow(Duration.between(t.received, t.sent).toNanos() / 1_000,
                            Duration.between(t.received, t.signalled).toNanos() / 1_000, t.received));
                }
            }
            return t;
        });
    }

    /** Drops the records of trades first seen before {@code cutoff}; an order among them whose trade never came is counted. */
    private void forgetBefore(Instant cutoff) {
        times.values().removeIf(t -> {
            if (!t.first().isBefore(cutoff)) return false;
            if (t.sent != null && t.received == null) synchronized (orders) {
                untracked++;
            }
            return true;
        });
    }

    /** Latencies from trades received to some later moment, and the span from the first trade to the last moment. */
    private static final class Span {
        /** Primitive, grown by doubling: a boxed value per trade would outlive young collections like the maps did. */
        long[] micros = new long[1_024];
        int size;
        Instant first;
        Instant last;

        void add(Instant received, Instant then) {
            if (size == micros.length) micros = Arrays.copyOf(micros, size * 2);
            micros[size++] = Duration.between(received, then).toNanos() / 1_000;
            if (first == null || received.isBefore(first)) first = received;
            if (last == null || then.isAfter(last)) last = then;
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(micros, size);
            Arrays.sort(out);
            return out;
        }

        double perSecond() { return size == 0 ? 0 : size / Math.max(1e-6, Duration.between(first, last).toNanos() / 1e9); }
    }

    /** The slowest orders, each split into strategy's part and execution's, with when its trade came: stalls show as runs. */
    private void printSlowest() {
        List<Slow> rows;
        synchronized (orders) {
            rows = new ArrayList<>(orderSplits);
        }
        rows.sort(java.util.Comparator.comparingLong(Slow::total).reversed());
        System.out.printf("the %d slowest orders (us: total = trade to signal + signal to wire; trade received at):%n", Math.min(slowest, rows.size()));
        rows.stream().limit(slowest).forEach(r -> System.out.printf("  %d = %d + %d  %s%n", r.total(), r.toSignal(), r.total() - r.toSignal(),
                r.received()));
    }

    /** Until no new signal or order for {@link #QUIET} (the pipeline has drained), at most a minute. */
    private void awaitQuiet() {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        long seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long now = venue.sentAt.size() + signalsSeen.get();
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
