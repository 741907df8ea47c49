package io.polybot.app.demo;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.wallets.SimFunding;
import io.polybot.app.roles.ExecutionWiring;
import io.polybot.app.roles.GatewayWiring;
import io.polybot.app.roles.IngestWiring;
import io.polybot.app.roles.ScoringWiring;
import io.polybot.app.roles.StrategyWiring;
import io.polybot.app.roles.TradingSwitchWiring;
import io.polybot.app.run.StartedResources;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.time.AcceleratedClock;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingStatusReporter;
import io.polybot.execution.ExecutionRole;
import io.polybot.execution.mode.LiveArming;
import io.polybot.execution.deadletter.DeadLetterRecorder;
import io.polybot.execution.venue.ClobHeartbeat;
import io.polybot.execution.venue.PolymarketVenue;
import io.polybot.gateway.GatewayServer;
import io.polybot.ingest.IngestRole;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.OrderSigner;
import io.polybot.polymarket.order.OrderSigners;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.world.WorldScale;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.strategy.StrategyRole;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The demo: a simulated Polymarket world and every Polybot role in one process, talking to each
 * other over the real protocol on loopback and the in-memory bus. The composition root of demo
 * mode; everything it starts it closes, in reverse order.
 */
public final class DemoMode implements AutoCloseable {

    /**
     * The demo's world: {@link WorldScale#demo()} with four weeks of history and 24 resolved markets, so
     * scoring sees enough resolved positions to whitelist the informed wallet (the whale) on its record;
     * still builds in about a second, and the whale's first live trade comes 15-30 s after start.
     */
    static final WorldScale WORLD = new WorldScale(4, 24, 0, 1, 2, 1, 4, 1, Duration.ofDays(28), Duration.ofDays(10),
            Duration.ofHours(3), Duration.ofHours(2), true);

    private final StartedResources started = new StartedResources();
    private SimHandle sim;
    private Store store;
    private GatewayServer gateway;

    private DemoMode() {}

    public static DemoMode start(PolybotConfig cfg, PrintStream console) {
        DemoMode demo = new DemoMode();
        try {
            demo.startAll(cfg, console);
            return demo;
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    private void startAll(PolybotConfig cfg, PrintStream console) {
        cfg.createDataDir();
        Clock clock = cfg.demo().speed() == 1.0 ? Clock.system() : new AcceleratedClock(Clock.system(), cfg.demo().speed());

        store = own(Store.open(StoreConfig.fromEnvironment(cfg.dataDir())));
        MessageBus bus = own(new InMemoryBus(clock, cfg.bus().maxDeliveries(), cfg.bus().redeliveryDelay()));
        own(bus.subscribe(Topic.DLQ, "store.dead-letters", new DeadLetterRecorder(store.deadLetters())));
        gateway = own(GatewayWiring.wire(cfg, bus, store, clock, console));
        gateway.start();

        sim = own(SimServer.start(new SimConfig(SimConfig.LOOPBACK, 0, cfg.demo().seed(), cfg.demo().speed()).withScale(WORLD), clock));

        // Polybot's own demo wallet: a fresh key per run, funded by the simulator, never written anywhere.
        OrderSigner signer = OrderSigners.fromHex(HexFormat.of().formatHex(SecureRandom.getSeed(32)));
        sim.fund(signer.address(), cfg.demo().startingBalance().amount());
        ClobClient unauthenticated = new ClobClient(sim.baseUrls().clob(), signer, null, SimServer.CHAIN_ID);
        ClobClient clob = unauthenticated.withCredentials(unauthenticated.createOrDeriveApiKey(0));
        var venue = new PolymarketVenue(clob, new OrderBuilder(signer, SimServer.CHAIN_ID), OrderVersion.V2,
                java.net.URI.create(sim.baseUrls().ws() + "/user"));

        var heartbeat = new ClobHeartbeat(sim.baseUrls().clob(), signer.address(), clob.credentials(), HttpClient.newHttpClient(),
                java.time.Clock.systemUTC(), Duration.ofSeconds(10));
        ExecutionRole execution = own(ExecutionWiring.wire(cfg, bus, store, venue, Optional.of(heartbeat), "demo", clock, LiveArming.simulated()));
        execution.start("demo");
        var strategySwitch = TradingSwitchWiring.restore(store);
        // The whitelist and baskets come from scoring the sim's wallets, like any venue's: see the end of start.
        var scoring = ScoringWiring.wire(ScoringWiring.demoSettings(cfg), store, new SimFunding(sim.baseUrls().sim()), clock);
        StrategyRole strategy = own(StrategyWiring.wire(cfg, bus, store, clock, strategySwitch, scoring));
        strategy.start("demo");
        own(TradingStatusReporter.of("strategy", "demo", strategySwitch, bus, clock)).start(cfg.execution().statusInterval());
        TradingSwitchWiring.saveChanges(strategySwitch, store);
        IngestRole ingest = own(IngestWiring.wire(bus, store, sim.baseUrls().gamma(), sim.baseUrls().rtds(), sim.baseUrls().data(), clock));
        try {
            ingest.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not load markets from the simulator", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting ingest", e);
        }
        // Ingest has loaded the markets with their results and backfilled every wallet's trades: score them.
        strategy.scoreNow();
        printBanner(console, cfg, signer.address());
    }

    private void printBanner(PrintStream console, PolybotConfig cfg, String walletAddress) {
        console.printf("%nPolybot demo is running.%n");
        console.printf("  Dashboard:   http://%s:%d  (user admin)%n", cfg.gateway().host(), gateway.port());
        console.printf("  Simulator:   %s  (seed %d, speed %sx)%n", sim.baseUrls().clob(), cfg.demo().seed(), cfg.demo().speed());
        console.printf("  Demo wallet: %s, funded with %s pUSD%n", walletAddress, cfg.demo().startingBalance());
        console.printf("  Database:    %s%n", store.jdbcUrl());
        console.printf("Whale trades of $%s+ by whitelisted wallets are copied with $%s orders. Ctrl-C stops.%n%n",
                cfg.whaleCopy().minWhaleNotional(), cfg.fixedNotional());
    }

    public SimHandle sim() { return sim; }

    public int gatewayPort() { return gateway.port(); }

    public Store store() { return store; }

    private <T extends AutoCloseable> T own(T resource) { return started.own(resource); }

    @Override public void close() { started.close(); }
}
