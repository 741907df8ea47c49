package io.polybot.app.run;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.roles.ExecutionWiring;
import io.polybot.app.roles.GatewayWiring;
import io.polybot.app.roles.IngestWiring;
import io.polybot.app.roles.ScoringWiring;
import io.polybot.app.roles.StrategyWiring;
import io.polybot.app.roles.TradingSwitchWiring;
import io.polybot.app.roles.VenueWiring;
import io.polybot.app.wallets.SimFunding;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.bus.redis.RedisStreamsBus;
import io.polybot.core.bus.redis.RedisStreamsConfig;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingStatusReporter;
import io.polybot.execution.ExecutionRole;
import io.polybot.execution.deadletter.DeadLetterRecorder;
import io.polybot.gateway.GatewayServer;
import io.polybot.ingest.IngestRole;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.strategy.StrategyRole;
import io.polybot.strategy.intelligence.linking.FundingEdge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code polybot run}: the chosen roles in this process, against Polymarket (or a running
 * simulator) and a shared bus and database. With {@code --bus redis} each role can run in its own
 * process, so execution can be restarted, or crash, without taking ingest or the gateway along.
 * The composition root of run mode; everything it starts it closes, in reverse order.
 */
public final class RunMode implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RunMode.class);

    /** The roles one process can run. */
    public enum Role { INGEST, STRATEGY, EXECUTION, GATEWAY }

    /** Which bus carries the roles' messages: in-process only, or Redis Streams shared by processes. */
    public enum BusKind { MEMORY, REDIS }

    /**
     * @param simOps the simulator's {@code /sim} base when running against {@code polybot sim}; empty against Polymarket
     */
    public record Plan(Set<Role> roles, BusKind bus, String instance, Optional<URI> simOps) {
        public Plan {
            if (roles.isEmpty()) throw new IllegalArgumentException("give at least one role: ingest, strategy, execution, gateway");
            roles = Set.copyOf(EnumSet.copyOf(roles));
        }
    }

    private final StartedResources started = new StartedResources();
    private GatewayServer gateway;

    private RunMode() {}

    public static RunMode start(PolybotConfig cfg, Plan plan, PrintStream console) {
        RunMode run = new RunMode();
        try {
            run.startAll(cfg, plan, console);
            return run;
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
    }

    private void startAll(PolybotConfig cfg, Plan plan, PrintStream console) {
        cfg.createDataDir();
        Clock clock = Clock.system();
        Store store = own(Store.open(StoreConfig.fromEnvironment(cfg.dataDir())));
        MessageBus bus = own(bus(cfg, plan.bus(), clock));
        // One consumer group: whichever process takes a dead letter records it, once.
        own(bus.subscribe(Topic.DLQ, "store.dead-letters", new DeadLetterRecorder(store.deadLetters())));
        String instance = plan.instance();

        if (plan.roles().contains(Role.GATEWAY)) {
            gateway = own(GatewayWiring.wire(cfg, bus, store, clock, console));
            gateway.start();
        }
        if (plan.roles().contains(Role.EXECUTION)) {
            var setup = VenueWiring.wire(cfg, store.auditLog(), plan.simOps(), clock);
            ExecutionRole execution = own(ExecutionWiring.wire(cfg, bus, store, setup.venue(), setup.heartbeat(), instance, clock,
                    setup.arming(), setup.balances()));
            execution.start(instance);
            console.printf("execution: %s mode, wallet %s%n", setup.arming().mode().key(), setup.wallet());
        }
        if (plan.roles().contains(Role.STRATEGY)) {
            var tradingSwitch = TradingSwitchWiring.restore(store);
            Supplier<List<FundingEdge>> funding = plan.simOps().<Supplier<List<FundingEdge>>>map(SimFunding::new).orElse(List::of);
            var scoring = ScoringWiring.wire(ScoringWiring.settings(cfg), store, funding, clock);
            StrategyRole strategy = own(StrategyWiring.wire(cfg, bus, store, clock, tradingSwitch, scoring));
            strategy.start(instance);
            own(TradingStatusReporter.of("strategy", instance, tradingSwitch, bus, clock)).start(cfg.execution().statusInterval());
            TradingSwitchWiring.saveChanges(tradingSwitch, store);
        }
        if (plan.roles().contains(Role.INGEST)) {
            var endpoints = cfg.polymarket();
            IngestRole ingest = own(IngestWiring.wire(bus, store, endpoints.gamma(), endpoints.rtds(), endpoints.data(), clock));
            try {
                ingest.start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not load markets from " + endpoints.gamma(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting ingest", e);
            }
        }
        log.info("running {} as {} on the {} bus", plan.roles(), instance, plan.bus().name().toLowerCase());
        console.printf("polybot running: roles %s, instance %s, %s bus%s%n", plan.roles(), instance, plan.bus().name().toLowerCase(),
                gateway == null ? "" : ", dashboard http://" + cfg.gateway().host() + ":" + gateway.port());
    }

    private static MessageBus bus(PolybotConfig cfg, BusKind kind, Clock clock) {
        var b = cfg.bus();
        return switch (kind) {
            case MEMORY -> new InMemoryBus(clock, b.maxDeliveries(), b.redeliveryDelay());
            case REDIS -> {
                var defaults = RedisStreamsConfig.defaults();
                yield new RedisStreamsBus(b.redisUri().toString(), clock, new RedisStreamsConfig(b.maxDeliveries(), b.claimIdleTimeout(),
                        defaults.blockTimeout(), b.streamPrefix(), defaults.maxStreamLength()));
            }
        };
    }

    public Optional<Integer> gatewayPort() { return Optional.ofNullable(gateway).map(GatewayServer::port); }

    private <T extends AutoCloseable> T own(T resource) { return started.own(resource); }

    @Override public void close() { started.close(); }
}
