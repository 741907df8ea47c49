package io.polybot.app.modes;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.roles.ExecutionWiring;
import io.polybot.app.roles.VenueWiring;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.execution.ExecutionRole;
import io.polybot.execution.mode.ExecutionMode;
import io.polybot.execution.mode.LiveArming;
import io.polybot.execution.venue.PolymarketVenue;
import io.polybot.ingest.markets.MarketCatalog;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.gamma.GammaClient;
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

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The execution modes of issue 6 against the simulator standing in for Polymarket: paper trades
 * on the real book without sending anything; live is refused until armed, and then every order
 * is capped at the configured per-order notional.
 */
class ExecutionModesTest {
    @TempDir static Path dataDir;
    static SimHandle sim;
    static Store store;
    static List<Market> markets;
    static final List<Trade> simTrades = new CopyOnWriteArrayList<>();

    @BeforeAll static void start() throws Exception {
        store = Store.open(StoreConfig.embedded(dataDir.resolve("db")));
        sim = SimServer.start(new SimConfig(SimConfig.LOOPBACK, 0, 7, 1.0));
        sim.engine().addListener(simTrades::add);
        new MarketCatalog(new GammaClient(sim.baseUrls().gamma()), store.markets()).refresh();
        markets = store.markets().all().stream().filter(m -> m.status() == MarketStatus.OPEN).toList();
    }

    @AfterAll static void stop() {
        if (sim != null) sim.close();
        if (store != null) store.close();
    }

    static PolybotConfig config(Map<String, Object> extra) {
        Map<String, Object> o = new HashMap<>(extra);
        String base = "http://" + sim.baseUrls().clob().getHost() + ":" + sim.baseUrls().clob().getPort();
        o.put("polybot.data-dir", dataDir.toString());
        o.put("polybot.polymarket.clob-url", base + "/clob");
        o.put("polybot.polymarket.clob-ws-url", sim.baseUrls().ws().toString());
        o.put("polybot.polymarket.chain-id", SimServer.CHAIN_ID);
        return PolybotConfig.load(null, o);
    }

    static Signal signal(Market market, String fixedName) {
        TokenId token = market.tokens().getFirst().tokenId();
        var reader = new PolymarketVenue(new ClobClient(sim.baseUrls().clob(), PrivateKeySigner.fromHex("11".repeat(32)), null, SimServer.CHAIN_ID),
                new OrderBuilder(PrivateKeySigner.fromHex("11".repeat(32)), SimServer.CHAIN_ID), OrderVersion.V2);
        Price ask = reader.book(market, token).bestAsk().orElseThrow();
        return new Signal(SignalId.of("modes-test", fixedName + "-" + UUID.randomUUID()), "whale-copy", market.conditionId(), token,
                market.tokens().getFirst().outcome(), Side.BUY, ask, Usd.of("20000"), "modes test", Map.of(), Instant.now());
    }

    @Test void paperTradingFillsAgainstTheRealBookAndSendsNothing() {
        PolybotConfig cfg = config(Map.of("polybot.execution.mode", "paper", "polybot.execution.paper.starting-balance", "1000"));
        var setup = VenueWiring.wire(cfg, store.auditLog(), Optional.empty(), Clock.system());
        assertThat(setup.arming().mode()).isEqualTo(ExecutionMode.PAPER);
        assertThat(setup.heartbeat()).isEmpty();
        try (var bus = new InMemoryBus(Clock.system(), 3, Duration.ofMillis(50));
             ExecutionRole execution = ExecutionWiring.wire(cfg, bus, store, setup.venue(), setup.heartbeat(), "paper", Clock.system(), setup.arming())) {
            execution.start("paper");
            Signal signal = signal(markets.get(0), "paper");
            int simTradesBefore = simTrades.size();
            bus.publish(Topic.SIGNALS, Envelope.of("test", signal.createdAt(), Instant.now(), signal));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(store.orders().findBySignal(signal.id())
                    .map(Order::status)).contains(OrderStatus.FILLED));
            Order order = store.orders().findBySignal(signal.id()).orElseThrow();
            assertThat(order.filled().shares()).isPositive();
            assertThat(store.fills().forOrder(order.hash())).isNotEmpty();
            assertThat(store.positions().find(signal.token()).orElseThrow().size()).isEqualTo(order.filled());
            // The venue whose book was used never saw the order.
            assertThat(sim.engine().order(order.hash().value())).isEmpty();
            assertThat(simTrades.subList(simTradesBefore, simTrades.size())).noneMatch(t -> order.hash().value().equals(t.takerOrderId()));
        }
    }

    @Test void liveTradingIsDeniedUntilArmedThenEveryOrderIsCappedAtTheConfiguredNotional() {
        // The sim stands in for the real CLOB; a funded wallet; a sizer asking for $200 a signal.
        PolybotConfig cfg = config(Map.of("polybot.execution.mode", "live", "polybot.execution.live.enabled", "true",
                "polybot.execution.fixed-notional", "200", "polybot.risk.max-position-share", "0.5"));
        assertThat(cfg.execution().modes().liveMaxOrderNotional()).isEqualTo(Usd.of("50"));
        assertThatThrownBy(() -> VenueWiring.wire(cfg, store.auditLog(), Optional.empty(), Clock.system()))
                .hasMessageContaining("execution.live.keystore");

        PrivateKeySigner wallet = PrivateKeySigner.fromHex(HexFormat.of().formatHex(SecureRandom.getSeed(32)));
        sim.fund(wallet.address(), new BigDecimal("5000"));
        ClobClient unauthenticated = new ClobClient(sim.baseUrls().clob(), wallet, null, SimServer.CHAIN_ID);
        ClobClient clob = unauthenticated.withCredentials(unauthenticated.createOrDeriveApiKey(0));
        var venue = new PolymarketVenue(clob, new OrderBuilder(wallet, SimServer.CHAIN_ID), OrderVersion.V2);
        var arming = new LiveArming(ExecutionMode.LIVE, cfg.execution().modes().liveEnabled(), store.auditLog());
        try (var bus = new InMemoryBus(Clock.system(), 3, Duration.ofMillis(50));
             ExecutionRole execution = ExecutionWiring.wire(cfg, bus, store, venue, Optional.empty(), "live", Clock.system(), arming)) {
            execution.start("live");
            Signal before = signal(markets.get(1), "before-arming");
            bus.publish(Topic.SIGNALS, Envelope.of("test", before.createdAt(), Instant.now(), before));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(store.riskDecisions().forSignal(before.id()))
                    .extracting(RiskDecisionRecord::code).contains("NOT_ARMED"));
            assertThat(store.orders().findBySignal(before.id())).isEmpty();

            Instant now = Instant.now();
            bus.publish(Topic.CONTROL, Envelope.of("test", now, now, new ControlCommand(ControlCommand.Action.ARM, "alice", "going live", Map.of(), now)));
            await().atMost(Duration.ofSeconds(10)).until(arming::armed);

            Signal after = signal(markets.get(1), "after-arming");
            bus.publish(Topic.SIGNALS, Envelope.of("test", after.createdAt(), Instant.now(), after));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(store.orders().findBySignal(after.id())).isPresent());
            Order order = store.orders().findBySignal(after.id()).orElseThrow();
            assertThat(order.price().notional(order.size()).amount()).isLessThanOrEqualTo(new BigDecimal("50"));
            assertThat(store.auditLog().recent(50)).anyMatch(e -> e.action().equals("execution.armed"));
        }
    }
}
