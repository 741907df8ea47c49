package io.polybot.app.crash;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.Topic;
import io.polybot.core.bus.redis.RedisStreamsBus;
import io.polybot.core.bus.redis.RedisStreamsConfig;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.json.Json;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingStatus;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.execution.crash.CrashPoints;
import io.polybot.execution.order.OrderJournal;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.venue.PolymarketVenue;
import io.polybot.execution.venue.Venue;
import io.polybot.ingest.markets.MarketCatalog;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.gamma.GammaClient;
import io.polybot.polymarket.http.RateLimiter;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.http.SignerRateBuckets;
import io.polybot.polymarket.http.Sleeper;
import io.polybot.polymarket.http.TokenBucket;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.PrivateKeySigner;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.matching.Trade;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.RiskDecisionRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Crash safety of execution (issue 6, item 10), as production runs it: execution alone in its own
 * JVM ({@code polybot run --roles execution --bus redis}), the machine's Redis and PostgreSQL, and
 * the simulator as the venue. The process is frozen at the worst moments (the venue has taken the
 * order but its answer is not recorded; a fill has arrived but is not persisted), killed with
 * SIGKILL, and restarted. Afterwards nothing is lost, nothing is doubled, and the store's orders,
 * fills and positions equal the venue's.
 */
class ExecutionCrashTest {
    // The machine's server, as the store's server tests use it (CI sets these when its cluster needs a password).
    static final String PG_ADMIN = System.getenv().getOrDefault("POLYBOT_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String PG_USER = System.getenv().getOrDefault("POLYBOT_TEST_PG_USER", "postgres");
    static final String PG_PASSWORD = System.getenv("POLYBOT_TEST_PG_PASSWORD");
    static final String REDIS = System.getenv().getOrDefault("POLYBOT_TEST_REDIS_URL", "redis://127.0.0.1:6379");
    static final Duration STEP = Duration.ofSeconds(60);

    @TempDir static Path dir;
    /** Kept after the run (the temporary directory is not), so a failure can be read. */
    static Path logs;
    static SimHandle sim;
    static Store store;
    static RedisStreamsBus bus;
    static String database;
    static String streamPrefix;
    static PrivateKeySigner wallet;
    static String walletKey;
    static WalletAddress account;
    static PolymarketVenue venue;
    static List<Market> markets;
    static Path config;
    static final List<Trade> ourTrades = new CopyOnWriteArrayList<>();
    static final List<TradingStatus> statuses = new CopyOnWriteArrayList<>();
    static final AtomicLong processes = new AtomicLong();

    @BeforeAll static void start() throws Exception {
        database = "polybot_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection admin = DriverManager.getConnection(PG_ADMIN, PG_USER, PG_PASSWORD); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        store = Store.open(StoreConfig.external(jdbcUrl(), PG_USER, PG_PASSWORD), Clock.system());
        sim = SimServer.start(new SimConfig(SimConfig.LOOPBACK, 0, 42, 1.0));
        walletKey = HexFormat.of().formatHex(SecureRandom.getSeed(32));
        wallet = PrivateKeySigner.fromHex(walletKey);
        account = new WalletAddress(wallet.address());
        sim.fund(wallet.address(), new BigDecimal("10000"));
        sim.engine().addListener(trade -> {
            if (account.equals(trade.taker()) || trade.makerFills().stream().anyMatch(m -> account.equals(m.maker()))) ourTrades.add(trade);
        });
        new MarketCatalog(new GammaClient(sim.baseUrls().gamma()), store.markets()).refresh();
        ClobClient unauthenticated = new ClobClient(sim.baseUrls().clob(), wallet, null, SimServer.CHAIN_ID);
        ClobClient clob = unauthenticated.withCredentials(unauthenticated.createOrDeriveApiKey(0));
        venue = new PolymarketVenue(clob, new OrderBuilder(wallet, SimServer.CHAIN_ID), OrderVersion.V2);
        markets = store.markets().all().stream().filter(m -> m.status() == MarketStatus.OPEN).toList();
        assertThat(markets).as("open markets in the sim").hasSizeGreaterThanOrEqualTo(4);

        streamPrefix = "crash-" + UUID.randomUUID().toString().substring(0, 8) + ":";
        bus = new RedisStreamsBus(REDIS, Clock.system(), new RedisStreamsConfig(5, Duration.ofSeconds(1), Duration.ofMillis(200), streamPrefix));
        bus.subscribeBroadcast(Topic.CONTROL, "crash-test", e -> { if (e.payload() instanceof TradingStatus s) statuses.add(s); });
        logs = Files.createTempDirectory("polybot-crash-logs-");
        config = dir.resolve("crash.conf");
        // A crashed consumer's signal is taken over after a second instead of thirty; reports every second.
        Files.writeString(config, """
                polybot.bus.claim-idle-timeout = 1s
                polybot.execution.status-interval = 1s
                """);
    }

    @AfterAll static void stop() throws Exception {
        if (bus != null) bus.close();
        // The streams of this run's prefix go with it.
        var redis = io.lettuce.core.RedisClient.create(REDIS);
        try (var connection = redis.connect()) {
            var keys = connection.sync().keys(streamPrefix + "*");
            if (!keys.isEmpty()) connection.sync().del(keys.toArray(String[]::new));
        } finally {
            redis.shutdown();
        }
        if (sim != null) sim.close();
        if (store != null) store.close();
        if (database != null) try (Connection admin = DriverManager.getConnection(PG_ADMIN, PG_USER, PG_PASSWORD); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    static String jdbcUrl() { return PG_ADMIN.substring(0, PG_ADMIN.lastIndexOf('/') + 1) + database; }

    static ExecutionProcess execution(String crashAt) { return execution(crashAt, walletKey); }

    static ExecutionProcess execution(String crashAt, String key) {
        long n = processes.incrementAndGet();
        String base = "http://" + sim.baseUrls().clob().getHost() + ":" + sim.baseUrls().clob().getPort();
        Map<String, String> env = new HashMap<>();
        env.put("POLYBOT_DB_URL", jdbcUrl());
        env.put("POLYBOT_DB_USER", PG_USER);
        if (PG_PASSWORD != null) env.put("POLYBOT_DB_PASSWORD", PG_PASSWORD);
        env.put("POLYBOT_PRIVATE_KEY", key);
        env.put("POLYBOT_REDIS_URI", REDIS);
        env.put("POLYBOT_STREAM_PREFIX", streamPrefix);
        Path log = logs.resolve("execution-" + n + ".log");
        System.out.println("execution process " + n + (crashAt == null ? "" : " (crash at " + crashAt + ")") + ", output in " + log);
        return ExecutionProcess.start(base, env, config, dataDir(key), crashAt, log);
    }

    /** One data directory per wallet: a restarted process finds its order journal where the killed one left it, as in production. */
    static Path dataDir(String key) { return dir.resolve("data-" + key.substring(0, 16)); }

    /** The order for {@code signal} in the wallet's order journal, if the killed process appended it there. */
    static Optional<Order> journaled(String key, SignalId signal) {
        Path journal = dataDir(key).resolve("orders-crash-test.journal");
        try {
            if (!Files.exists(journal)) return Optional.empty();
            return Files.readAllLines(journal).stream().filter(line -> !line.isBlank()).map(line -> Json.read(line, Order.class))
                    .filter(order -> order.signalId().equals(signal)).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy signal for the first outcome of {@code market} at its best ask, as the strategy would send it. */
    static Signal signal(Market market, String name) { return signal(market, 0, name); }

    /** The same for outcome {@code outcome} of {@code market}. */
    static Signal signal(Market market, int outcome, String name) {
        TokenId token = market.tokens().get(outcome).tokenId();
        Price ask = venue.book(market, token).bestAsk().orElseThrow(() -> new AssertionError("no asks in " + market.question()));
        return new Signal(SignalId.of("crash-test", name + "-" + UUID.randomUUID()), "whale-copy", market.conditionId(), token,
                market.tokens().get(outcome).outcome(), Side.BUY, ask, Usd.of("20000"), "crash test", Map.of("test", name), Instant.now());
    }

    static void publish(Signal signal) {
        bus.publish(Topic.SIGNALS, Envelope.of("crash-test", signal.createdAt(), Instant.now(), signal));
    }

    /** Every order the venue took from our wallet for these tokens, by order id, from the venue's own trade tape. */
    static Map<String, List<Trade>> venueOrders(Set<TokenId> tokens) {
        return ourTrades.stream().filter(t -> tokens.contains(t.token()) && account.equals(t.taker()))
                .collect(Collectors.groupingBy(Trade::takerOrderId));
    }

    /** Nothing lost, nothing doubled, and the store agrees with the venue, for these signals. */
    static void assertStoreEqualsVenue(List<Signal> signals) {
        Set<TokenId> tokens = signals.stream().map(Signal::token).collect(Collectors.toSet());
        Map<String, List<Trade>> atVenue = venueOrders(tokens);
        List<Order> ours = new ArrayList<>();
        for (Signal signal : signals) {
            Order order = store.orders().findBySignal(signal.id()).orElseThrow(() -> new AssertionError("signal " + signal.id() + " has no order"));
            assertThat(order.status().terminal()).as("order %s is %s", order.hash(), order.status()).isTrue();
            ours.add(order);
        }
        // Exactly the venue's orders: one per signal that filled, none twice.
        Set<String> ourFilledHashes = ours.stream().filter(o -> !o.filled().isZero()).map(o -> o.hash().value()).collect(Collectors.toSet());
        assertThat(atVenue.keySet()).as("orders the venue matched for our wallet").isEqualTo(ourFilledHashes);
        for (Order order : ours) {
            List<Trade> trades = atVenue.getOrDefault(order.hash().value(), List.of());
            BigDecimal venueFilled = trades.stream().map(Trade::size).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Fill> fills = store.fills().forOrder(order.hash());
            assertThat(fills.stream().map(Fill::tradeId).collect(Collectors.toSet()))
                    .isEqualTo(trades.stream().map(Trade::id).collect(Collectors.toSet()));
            assertThat(order.filled().shares()).isEqualByComparingTo(venueFilled);
            assertThat(order.status()).isIn(OrderStatus.FILLED, OrderStatus.CANCELLED, OrderStatus.REJECTED);
        }
        // Positions equal the venue's balances, token by token.
        Map<TokenId, Size> balances = venue.tokenBalances(tokens);
        for (TokenId token : tokens) {
            Size held = store.positions().find(token).map(p -> p.size()).orElse(Size.ZERO);
            assertThat(held.shares()).as("position in %s", token).isEqualByComparingTo(balances.get(token).shares());
        }
    }

    /** Waits until the restarted process has taken the redelivered signal and refused to order it again. */
    static void awaitRedeliveryRefused(Signal signal) {
        await().atMost(STEP).untilAsserted(() -> assertThat(store.riskDecisions().forSignal(signal.id()))
                .extracting(RiskDecisionRecord::approved).contains(false));
    }

    @Test void killedBetweenSubmitAndAckTheRestartSendsNothingTwiceAndAgreesWithTheVenue() throws Exception {
        Signal signal = signal(markets.get(0), "submit-ack");
        try (ExecutionProcess first = execution(CrashPoints.ORDER_SUBMITTED)) {
            first.awaitLine(ExecutionProcess.STARTED, STEP);
            publish(signal);
            first.awaitLine(CrashPoints.REACHED + CrashPoints.ORDER_SUBMITTED, STEP);
            System.out.println("kill -9 " + first.pid() + " between submit and ack: exit " + first.kill9());
        }
        // The venue has the order, and it was recorded before it was sent: in the order journal, and in the store too unless
        // the kill came before the writer behind the wire stored it (the restart stores it from the journal). No POST answer
        // was applied. The user channel is not held up by the frozen sender, so its fill may or may not have been applied
        // (each report is one transaction: all or nothing). The signal was acknowledged once its order was recorded.
        Optional<Order> stored = store.orders().findBySignal(signal.id());
        Order sent = stored.or(() -> journaled(walletKey, signal.id()))
                .orElseThrow(() -> new AssertionError("the order for " + signal.id() + " is neither in the store nor in the journal"));
        System.out.println("order " + sent.hash() + " was " + (stored.isPresent() ? sent.status() + " in the store" : "in the journal only")
                + " when the process was killed");
        await().atMost(STEP).until(() -> venueOrders(Set.of(signal.token())).containsKey(sent.hash().value()));

        try (ExecutionProcess second = execution(null)) {
            second.awaitLine(ExecutionProcess.STARTED, STEP);
            // The same signal again (a replay, another strategy instance): refused, not sent a second time.
            publish(signal);
            awaitRedeliveryRefused(signal);
            await().atMost(STEP).untilAsserted(() -> assertStoreEqualsVenue(List.of(signal)));
        }
        assertThat(venueOrders(Set.of(signal.token()))).hasSize(1);
    }

    @Test void killedBetweenJournalAndWireTheRestartStoresTheOrderAndFindsItNeverSent() throws Exception {
        // The second outcome of the first market: a token no other test trades, so that the venue's tape of it starts empty.
        Signal signal = signal(markets.get(0), 1, "journal-wire");
        try (ExecutionProcess first = execution(CrashPoints.ORDER_JOURNALED)) {
            first.awaitLine(ExecutionProcess.STARTED, STEP);
            publish(signal);
            first.awaitLine(CrashPoints.REACHED + CrashPoints.ORDER_JOURNALED, STEP);
            System.out.println("kill -9 " + first.pid() + " between journal and wire: exit " + first.kill9());
        }
        // The order is in the journal only: not stored (the writer behind the wire had not run), never sent.
        assertThat(journaled(walletKey, signal.id())).as("the order in the journal").isPresent();
        assertThat(store.orders().findBySignal(signal.id())).as("the order in the store").isEmpty();
        assertThat(venueOrders(Set.of(signal.token()))).as("orders at the venue").isEmpty();

        try (ExecutionProcess second = execution(null)) {
            second.awaitLine(ExecutionProcess.STARTED, STEP);
            // Stored from the journal at start; start-up reconciliation finds the venue never took it.
            await().atMost(STEP).untilAsserted(() -> assertThat(store.orders().findBySignal(signal.id()))
                    .hasValueSatisfying(order -> assertThat(order.status()).isEqualTo(OrderStatus.REJECTED)));
            // The same signal again: the order row is the record of having acted on it, so it is refused, not sent.
            publish(signal);
            awaitRedeliveryRefused(signal);
            assertStoreEqualsVenue(List.of(signal));
        }
        assertThat(venueOrders(Set.of(signal.token()))).isEmpty();
    }

    @Test void killedBetweenFillAndPersistTheRestartRecordsTheFillOnce() throws Exception {
        Signal signal = signal(markets.get(1), "fill-persist");
        try (ExecutionProcess first = execution(CrashPoints.FILL_RECEIVED)) {
            first.awaitLine(ExecutionProcess.STARTED, STEP);
            publish(signal);
            first.awaitLine(CrashPoints.REACHED + CrashPoints.FILL_RECEIVED, STEP);
            System.out.println("kill -9 " + first.pid() + " between fill and persist: exit " + first.kill9());
        }
        assertThat(venueOrders(Set.of(signal.token()))).as("the venue filled the order").hasSize(1);
        Order sent = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(store.fills().forOrder(sent.hash())).as("no fill persisted before the crash").isEmpty();

        try (ExecutionProcess second = execution(null)) {
            second.awaitLine(ExecutionProcess.STARTED, STEP);
            await().atMost(STEP).untilAsserted(() -> assertStoreEqualsVenue(List.of(signal)));
        }
    }

    @Test void killedInTheMiddleOfABurstEverySignalIsOrderedExactlyOnce() throws Exception {
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < 6; i++) signals.add(signal(markets.get(2 + i % 2), "burst-" + i));
        try (ExecutionProcess first = execution(CrashPoints.ORDER_SUBMITTED + "#3")) {
            first.awaitLine(ExecutionProcess.STARTED, STEP);
            signals.forEach(ExecutionCrashTest::publish);
            first.awaitLine(CrashPoints.REACHED + CrashPoints.ORDER_SUBMITTED, STEP);
            System.out.println("kill -9 " + first.pid() + " after the third order of a burst of six: exit " + first.kill9());
        }
        try (ExecutionProcess second = execution(null)) {
            second.awaitLine(ExecutionProcess.STARTED, STEP);
            await().atMost(STEP).untilAsserted(() -> assertStoreEqualsVenue(signals));
        }
        Set<TokenId> tokens = signals.stream().map(Signal::token).collect(Collectors.toSet());
        assertThat(venueOrders(tokens).size()).isLessThanOrEqualTo(signals.size());
        Set<String> hashes = new HashSet<>();
        for (Signal s : signals) assertThat(hashes.add(store.orders().findBySignal(s.id()).orElseThrow().hash().value())).isTrue();
    }

    @Test void theKillSwitchCancelsAThousandOpenOrdersAndEveryRoleReportsHalted() throws Exception {
        // A wallet of its own: the other tests' killed processes leave the venue's dead-man armed for theirs.
        String key = HexFormat.of().formatHex(SecureRandom.getSeed(32));
        PrivateKeySigner owner = PrivateKeySigner.fromHex(key);
        WalletAddress ownerAccount = new WalletAddress(owner.address());
        sim.fund(owner.address(), new BigDecimal("1000"));
        // The simulator has no per-signer order budget; the SDK's (10 orders/s) would make filling the book take 90 s.
        var roomy = new SignerRateBuckets(new SignerRateBuckets.Settings(new TokenBucket.Rate(2_000, 2_000), new TokenBucket.Rate(2_000, 2_000)),
                java.time.Clock.systemUTC(), Sleeper.SYSTEM);
        ClobClient unauthenticated = new ClobClient(sim.baseUrls().clob(), owner, null, SimServer.CHAIN_ID, java.net.http.HttpClient.newHttpClient(),
                java.time.Clock.systemUTC(), Duration.ofSeconds(10), RateLimiter.system(), RetryPolicy.DEFAULT, Sleeper.SYSTEM, roomy);
        var ownVenue = new PolymarketVenue(unauthenticated.withCredentials(unauthenticated.createOrDeriveApiKey(0)),
                new OrderBuilder(owner, SimServer.CHAIN_ID), OrderVersion.V2);
        // Bids well below a market that trades around the middle rest on the book until cancelled.
        Market market = markets.stream().filter(m -> venue.book(m, m.tokens().getFirst().tokenId()).bestBid()
                .map(b -> b.value().compareTo(new BigDecimal("0.20")) > 0).orElse(false)).findFirst().orElseThrow();
        TokenId token = market.tokens().getFirst().tokenId();
        // Placed before execution starts, so that its start-up reconciliation finds them all known and open; eight at a time.
        String[] prices = {"0.01", "0.02", "0.03", "0.04", "0.05"};
        Instant placing = Instant.now();
        try (var placers = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            List<java.util.concurrent.Future<?>> placed = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                placed.add(placers.submit(() -> {
                    var noBus = new io.polybot.core.bus.InMemoryBus(Clock.system(), 1, Duration.ofMillis(10));
                    var tracker = new OrderTracker(store.orders(), OrderJournal.direct(store.orders()), store.fills(),
                            new PositionBook(store.positions(), store.dailyPnl(), noBus, Clock.system()), noBus, Clock.system());
                    for (int i = thread; i < 1000; i += 8) {
                        var intent = new OrderIntent(new SignalId("kill-" + i + "-" + UUID.randomUUID()), market.conditionId(), token, Side.BUY,
                                Price.of(prices[i % prices.length]), Size.of("5"), TimeInForce.GTC);
                        Venue.PreparedOrder prepared = ownVenue.prepare(intent, market, Instant.now());
                        Order order = tracker.beforeSubmit(prepared, Instant.now()).orElseThrow();
                        assertThat(tracker.onOutcome(order, ownVenue.submit(prepared), "Yes").status()).isEqualTo(OrderStatus.LIVE);
                    }
                    return null;
                }));
            }
            for (var f : placed) f.get();
        }
        System.out.printf("placed 1,000 resting orders in %d ms%n", Duration.between(placing, Instant.now()).toMillis());
        assertThat(sim.engine().openOrders(ownerAccount)).hasSize(1000);
        int reportsBefore = statuses.size();
        try (ExecutionProcess execution = execution(null, key)) {
            execution.awaitLine(ExecutionProcess.STARTED, STEP);
            assertThat(sim.engine().openOrders(ownerAccount)).as("start-up reconciliation left them alone").hasSize(1000);
            await().atMost(STEP).until(() -> statuses.subList(reportsBefore, statuses.size()).stream()
                    .anyMatch(s -> s.role().equals("execution") && s.state() == TradingState.ACTIVE));

            int before = statuses.size();
            long t0 = System.nanoTime();
            Instant issued = Instant.now();
            bus.publish(Topic.CONTROL, Envelope.of("crash-test", issued, issued,
                    new ControlCommand(ControlCommand.Action.KILL, "crash-test", "1,000-order kill drill", Map.of(), issued)));
            await().atMost(STEP).pollInterval(Duration.ofMillis(1)).until(() -> statuses.subList(before, statuses.size()).stream()
                    .anyMatch(s -> s.role().equals("execution") && s.state() == TradingState.HALTED));
            long halted = System.nanoTime() - t0;
            await().atMost(STEP).pollInterval(Duration.ofMillis(5)).until(() -> sim.engine().openOrders(ownerAccount).isEmpty());
            long venueEmpty = System.nanoTime() - t0;
            await().atMost(STEP).pollInterval(Duration.ofMillis(20)).until(() -> store.orders().open().isEmpty());
            long storeDone = System.nanoTime() - t0;
            System.out.printf("kill switch with 1,000 open orders: execution (own JVM, over Redis) reported HALTED after %.1f ms; "
                            + "the venue had no open order after %.1f ms; all 1,000 CANCELLED in the store after %.1f ms%n",
                    halted / 1e6, venueEmpty / 1e6, storeDone / 1e6);
            assertThat(sim.engine().openOrders(ownerAccount)).isEmpty();
            long cancelled = store.orders().recent(5000).stream().filter(o -> o.token().equals(token) && o.timeInForce() == TimeInForce.GTC)
                    .filter(o -> o.status() == OrderStatus.CANCELLED).count();
            assertThat(cancelled).isEqualTo(1000);
            Instant released = Instant.now();
            bus.publish(Topic.CONTROL, Envelope.of("crash-test", released, released,
                    new ControlCommand(ControlCommand.Action.RELEASE, "crash-test", "drill over", Map.of(), released)));
        }
    }
}
