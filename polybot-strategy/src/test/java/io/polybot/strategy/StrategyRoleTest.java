package io.polybot.strategy;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.market.Side;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.Whale;
import io.polybot.strategy.trades.TradeRecorder;
import io.polybot.strategy.whale.WhaleCopyConfig;
import io.polybot.strategy.whale.WhaleCopyStrategy;
import io.polybot.strategy.whale.Whitelist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Athena over the in-memory bus and real PostgreSQL: every trade recorded, whale trades become signals. */
class StrategyRoleTest {
    @TempDir static Path dataDir;
    static Store store;

    final SimulatedClock clock = new SimulatedClock(StrategyFixtures.T);
    final InMemoryBus bus = new InMemoryBus(clock, 3, Duration.ofMillis(20));
    final TradingSwitch tradingSwitch = new TradingSwitch(TradingState.ACTIVE);
    final List<Signal> published = new CopyOnWriteArrayList<>();
    StrategyRole role;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void start() {
        store.jdbi().useHandle(h -> h.execute("TRUNCATE whales, whale_trades, signals CASCADE"));
        store.whales().upsert(new Whale(StrategyFixtures.WHALE, "test whale", true, false, false, "test", clock.now()));
        Whitelist whitelist = new Whitelist(() -> store.whales().whitelisted());
        var strategy = new WhaleCopyStrategy(new WhaleCopyConfig(Usd.of("10000"), new BigDecimal("0.95")), whitelist, clock);
        role = new StrategyRole(bus, new TradeRecorder(store.walletTrades()), strategy, whitelist, Duration.ofMinutes(1),
                store.signals(), tradingSwitch, clock);
        bus.subscribe(Topic.SIGNALS, "test", e -> published.add((Signal) e.payload()));
        role.start("test");
    }

    @AfterEach void stop() {
        role.close();
        bus.close();
    }

    void publish(WalletTrade trade) {
        bus.publish(Topic.MD_TRADES, Envelope.of("test", trade.eventTime(), clock.now(), trade).withId(trade.id()));
    }

    @Test void recordsEveryTradeAndSignalsOnlyTheWhales() {
        WalletTrade whale = StrategyFixtures.trade(StrategyFixtures.WHALE, Side.BUY, "0.5", "30000");
        WalletTrade minnow = StrategyFixtures.trade(StrategyFixtures.MINNOW, Side.BUY, "0.5", "10");
        publish(whale);
        publish(minnow);

        await().until(() -> store.walletTrades().count() == 2);
        await().until(() -> published.size() == 1);
        Signal signal = published.getFirst();
        assertThat(signal.provenance()).containsEntry("tradeId", whale.id());
        assertThat(store.signals().find(signal.id())).contains(signal);
    }

    @Test void aRedeliveredTradeIsStoredOnceAndKeepsItsSignalId() {
        WalletTrade whale = StrategyFixtures.trade(StrategyFixtures.WHALE, Side.BUY, "0.5", "30000");
        publish(whale);
        publish(whale);

        await().until(() -> published.size() == 2);
        assertThat(published.get(0).id()).isEqualTo(published.get(1).id());
        assertThat(store.walletTrades().count()).isEqualTo(1);
        assertThat(store.signals().recent(10)).hasSize(1);
    }

    @Test void isSilentWhileHaltedButStillRecords() {
        bus.publish(Topic.CONTROL, Envelope.of("test", clock.now(), clock.now(),
                new ControlCommand(ControlCommand.Action.KILL, "tester", "drill", Map.of(), clock.now())));
        await().until(tradingSwitch::halted);

        publish(StrategyFixtures.trade(StrategyFixtures.WHALE, Side.BUY, "0.5", "30000"));
        await().until(() -> store.walletTrades().count() == 1);
        assertThat(published).isEmpty();
        assertThat(store.signals().recent(10)).isEmpty();
    }
}
