package io.polybot.strategy;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.market.Market;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.strategy.intelligence.consensus.Basket;
import io.polybot.strategy.intelligence.consensus.BasketBuilder;
import io.polybot.strategy.intelligence.consensus.BasketConsensus;
import io.polybot.strategy.intelligence.consensus.ConsensusConfig;
import io.polybot.strategy.intelligence.consensus.EntryGate;
import io.polybot.strategy.intelligence.consensus.EntryGateConfig;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.intelligence.scoring.WalletScore;
import io.polybot.strategy.trades.TradeRecorder;
import io.polybot.strategy.whale.BasketCopyStrategy;
import io.polybot.strategy.whale.StoredBasketFirings;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static io.polybot.strategy.intelligence.ScoreFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Basket mode in Athena over the in-memory bus and real PostgreSQL: a basket's consensus (more than
 * 80% of its active votes within 24 h, at least 3, the entry gate passing) becomes one stored and
 * published signal with its provenance; it fires once, also across a restart of the role.
 */
class StrategyRoleBasketTest {
    @TempDir static Path dataDir;
    static Store store;

    final SimulatedClock clock = new SimulatedClock(T0.plus(Duration.ofHours(1)));
    final TradingSwitch tradingSwitch = new TradingSwitch(TradingState.ACTIVE);
    final List<Signal> published = new CopyOnWriteArrayList<>();
    final Basket basket = BasketBuilder.userDefined("core", Set.of(wallet(1), wallet(2), wallet(3), wallet(4), wallet(5)));
    final Market market = open(1, "e1", "politics");
    // Wilson lower bound 0.62 against an average entry of 0.55 for every scored wallet: an edge of 7 points
    final Map<WalletAddress, WalletScore> scores = Map.of(wallet(1), score(wallet(1), 40, 12, "0.05", "0.1", false),
            wallet(2), score(wallet(2), 40, 12, "0.05", "0.1", false), wallet(3), score(wallet(3), 40, 12, "0.05", "0.1", false));
    InMemoryBus bus;
    StrategyRole role;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void start() {
        store.jdbi().useHandle(h -> h.execute("TRUNCATE whales, whale_trades, signals, strategy_state CASCADE"));
        startRole();
    }

    /** A role as the app wires it for basket mode, its firings in strategy_state. */
    void startRole() {
        bus = new InMemoryBus(clock, 3, Duration.ofMillis(20));
        Whitelist whitelist = new Whitelist(() -> store.whales().whitelisted());
        var whaleCopy = new WhaleCopyStrategy(new WhaleCopyConfig(Usd.of("10000"), new BigDecimal("0.95")), whitelist, clock);
        var basketCopy = new BasketCopyStrategy(() -> List.of(basket), new BasketConsensus(ConsensusConfig.defaults(), LinkedGroups.NONE),
                new EntryGate(EntryGateConfig.defaults()), scores::get, id -> market, new StoredBasketFirings(store.strategyState()), clock);
        role = new StrategyRole(bus, new TradeRecorder(store.walletTrades()), whaleCopy, basketCopy, null, whitelist, Duration.ofMinutes(1),
                store.signals(), tradingSwitch, clock);
        bus.subscribe(Topic.SIGNALS, "test", e -> published.add((Signal) e.payload()));
        role.start("test");
    }

    @AfterEach void stop() {
        role.close();
        bus.close();
    }

    void restartRole() {
        role.close();
        bus.close();
        startRole();
    }

    /** Publishes the trade and waits until the role has recorded it (its consumers run in order per topic). */
    void publish(WalletTrade trade) {
        long before = store.walletTrades().count();
        bus.publish(Topic.MD_TRADES, Envelope.of("test", trade.eventTime(), clock.now(), trade).withId(trade.id()));
        await().until(() -> store.walletTrades().count() > before);
    }

    static Instant minute(int m) { return at(Duration.ofMinutes(m)); }

    /**
     * Waits until basket mode has handled every trade published so far: it handles trades in order, so once
     * a consensus formed after them in another market (99) has fired, the earlier trades are done.
     * Returns the signals published before that one.
     */
    List<Signal> afterEverything(Instant at) {
        int before = published.size();
        for (int w = 1; w <= 3; w++) publish(buyYes(wallet(w), 99, "0.40", "100", at.plusSeconds(w)));
        await().until(() -> published.size() == before + 1);
        assertThat(published.getLast().market()).isEqualTo(market(99));
        return List.copyOf(published.subList(0, before));
    }

    @Test void aConsensusEmitsOneSignalWithItsProvenanceAndNotTwice() {
        publish(buyYes(wallet(1), 1, "0.40", "100", minute(1)));
        publish(buyYes(wallet(2), 1, "0.40", "100", minute(2)));
        // two of two agree, but fewer than the minimum of 3 votes
        WalletTrade third = buyYes(wallet(3), 1, "0.41", "100", minute(3));
        publish(third);

        await().until(() -> published.size() == 1);
        Signal signal = published.getFirst();
        assertThat(signal.strategy()).isEqualTo(BasketCopyStrategy.NAME);
        assertThat(signal.token()).isEqualTo(yes(1));
        assertThat(signal.triggerNotional()).isEqualTo(Usd.of("121"));
        assertThat(signal.provenance())
                .containsEntry("mode", "basket")
                .containsEntry("tradeId", third.id())
                .containsEntry("basket", "core")
                .containsEntry("consensus.agreeing", "3")
                .containsEntry("consensus.active", "3")
                .containsEntry("consensus.share", "1.0000")
                .containsEntry("whalesVwap", "0.403333")
                .containsEntry("gate.winProbability", "0.473333")
                .containsEntry("gate.expectedValuePerDollar", "0.142671")
                .containsEntry("gate.slippage", "0.016530")
                .containsKeys("score." + wallet(1).value(), "score." + wallet(2).value(), "score." + wallet(3).value(),
                        "consensus.window", "gate.passed");
        assertThat(signal.provenance().get("triggeringTrades").split(",")).hasSize(3);
        assertThat(signal.provenance().get("score." + wallet(1).value())).startsWith("score 0.05, win rate 0.7 [0.62, 0.77], n 40");
        // The role publishes a signal before storing it: wait for the row.
        await().untilAsserted(() -> assertThat(store.signals().find(signal.id())).contains(signal));

        // A fourth and fifth agreeing wallet within the window: the consensus already fired.
        publish(buyYes(wallet(4), 1, "0.40", "100", minute(4)));
        publish(buyYes(wallet(5), 1, "0.40", "100", minute(5)));
        assertThat(afterEverything(minute(6))).containsExactly(signal);

        // The triggering trade delivered again: the same signal id again (execution acts on an id once), no new row.
        bus.publish(Topic.MD_TRADES, Envelope.of("test", third.eventTime(), clock.now(), third).withId(third.id()));
        await().until(() -> published.size() == 3);
        assertThat(published.getLast().id()).isEqualTo(signal.id());
        await().untilAsserted(() -> assertThat(store.signals().recent(10)).hasSize(2));   // the consensus's and the barrier's
    }

    @Test void eightyPercentIsNotMoreThanEightyPercent() {
        publish(trade(wallet(5), 1, false, io.polybot.core.market.Side.BUY, "0.60", "100", minute(1)));   // one vote for NO
        publish(buyYes(wallet(1), 1, "0.40", "100", minute(2)));
        publish(buyYes(wallet(2), 1, "0.40", "100", minute(3)));
        publish(buyYes(wallet(3), 1, "0.40", "100", minute(4)));   // 3 of 4 = 75%
        publish(buyYes(wallet(4), 1, "0.40", "100", minute(5)));   // 4 of 5 = 80%, not more
        assertThat(afterEverything(minute(6))).isEmpty();
        await().untilAsserted(() -> assertThat(store.signals().recent(10)).hasSize(1));
    }

    @Test void theEntryGateStopsAConsensusAbove95Cents() {
        publish(buyYes(wallet(1), 1, "0.96", "100", minute(1)));
        publish(buyYes(wallet(2), 1, "0.96", "100", minute(2)));
        publish(buyYes(wallet(3), 1, "0.96", "100", minute(3)));
        assertThat(afterEverything(minute(4))).isEmpty();
        await().untilAsserted(() -> assertThat(store.signals().recent(10)).hasSize(1));
    }

    @Test void aRestartedRoleRemembersTheFiringAndDoesNotFireAgain() {
        publish(buyYes(wallet(1), 1, "0.40", "100", minute(1)));
        publish(buyYes(wallet(2), 1, "0.40", "100", minute(2)));
        publish(buyYes(wallet(3), 1, "0.40", "100", minute(3)));
        await().until(() -> published.size() == 1);
        assertThat(store.strategyState().all(BasketCopyStrategy.NAME)).containsOnlyKeys("fired|core|" + yes(1).value());

        restartRole();
        // The restarted role's window is empty: three fresh agreeing buys re-form the consensus within the 24 h.
        publish(buyYes(wallet(3), 1, "0.40", "100", minute(10)));
        publish(buyYes(wallet(4), 1, "0.40", "100", minute(11)));
        publish(buyYes(wallet(5), 1, "0.40", "100", minute(12)));
        assertThat(afterEverything(minute(13))).hasSize(1);
        await().untilAsserted(() -> assertThat(store.signals().recent(10)).hasSize(2));   // the first firing and the barrier's

        // A day after the firing the same basket and outcome may fire again.
        publish(buyYes(wallet(1), 1, "0.40", "100", minute(24 * 60 + 10)));
        publish(buyYes(wallet(2), 1, "0.40", "100", minute(24 * 60 + 11)));
        publish(buyYes(wallet(3), 1, "0.40", "100", minute(24 * 60 + 12)));
        await().until(() -> published.size() == 3);
        assertThat(published.getLast().market()).isEqualTo(market(1));
        assertThat(published.getLast().provenance()).containsEntry("consensus.agreeing", "3");
        await().untilAsserted(() -> assertThat(store.signals().recent(10)).hasSize(3));
    }
}
