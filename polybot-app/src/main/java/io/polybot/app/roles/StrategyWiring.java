package io.polybot.app.roles;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.store.Store;
import io.polybot.store.repo.BasketRepository;
import io.polybot.store.repo.WalletScoreRepository;
import io.polybot.strategy.StrategyRole;
import io.polybot.strategy.intelligence.consensus.Basket;
import io.polybot.strategy.intelligence.consensus.BasketConsensus;
import io.polybot.strategy.intelligence.consensus.ConsensusConfig;
import io.polybot.strategy.intelligence.consensus.EntryGate;
import io.polybot.strategy.intelligence.consensus.EntryGateConfig;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.intelligence.run.ScoringRun;
import io.polybot.strategy.intelligence.scoring.ScoreRecords;
import io.polybot.strategy.trades.TradeRecorder;
import io.polybot.strategy.whale.BasketCopyStrategy;
import io.polybot.strategy.whale.StoredBasketFirings;
import io.polybot.strategy.whale.WhaleCopyStrategy;
import io.polybot.strategy.whale.Whitelist;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** The strategy role's composition root (Athena). */
public final class StrategyWiring {
    private StrategyWiring() {}

    public static StrategyRole wire(PolybotConfig cfg, MessageBus bus, Store store, Clock clock) {
        return wire(cfg, bus, store, clock, new TradingSwitch(TradingState.ACTIVE));
    }

    /** @param tradingSwitch the role's kill-switch state, shared with whoever reports it */
    public static StrategyRole wire(PolybotConfig cfg, MessageBus bus, Store store, Clock clock, TradingSwitch tradingSwitch) {
        return wire(cfg, bus, store, clock, tradingSwitch, ScoringWiring.wire(ScoringWiring.settings(cfg), store, List::of, clock));
    }

    /**
     * Single-whale and basket copy, and the scoring job. Baskets are the per-category ones of the last
     * scoring run plus the user's ({@code whale_baskets}); consensus counts the last run's linked groups
     * once; agreeing wallets' scores are the latest in the store.
     */
    public static StrategyRole wire(PolybotConfig cfg, MessageBus bus, Store store, Clock clock, TradingSwitch tradingSwitch, ScoringRun scoring) {
        var whitelist = new Whitelist(() -> store.whales().whitelisted());
        var whaleCopy = new WhaleCopyStrategy(cfg.whaleCopy(), whitelist, clock);
        AtomicReference<ScoringRun.Result> last = new AtomicReference<>();
        var userBaskets = new BasketRepository(store.jdbi());
        // Held, not queried per trade: baskets change with each scoring run (user baskets are re-read then too).
        AtomicReference<List<Basket>> baskets = new AtomicReference<>(baskets(null, userBaskets));
        var scores = new WalletScoreRepository(store.jdbi());
        var basketCopy = new BasketCopyStrategy(baskets::get,
                new BasketConsensus(ConsensusConfig.defaults(), () -> last.get() == null ? LinkedGroups.NONE : last.get().groups()),
                new EntryGate(EntryGateConfig.defaults()),
                wallet -> scores.latest(wallet).map(ScoreRecords::fromRecord).orElse(null),
                market -> store.markets().find(market).orElse(null), new StoredBasketFirings(store.strategyState()), clock);
        var job = new StrategyRole.Scoring(() -> {
            last.set(scoring.run((done, total) -> { }));
            baskets.set(baskets(last.get(), userBaskets));
        }, cfg.scoring().firstRun(), cfg.scoring().every());
        var role = new StrategyRole(bus, new TradeRecorder(store.walletTrades()), whaleCopy, basketCopy, job, whitelist, Duration.ofMinutes(1),
                store.signals(), tradingSwitch, clock);
        role.parameters().applyStored(store.strategyState()); // what operators changed through the gateway before this start
        return role;
    }

    private static List<Basket> baskets(ScoringRun.Result last, BasketRepository users) {
        List<Basket> out = new ArrayList<>(last == null ? List.of() : last.categoryBaskets());
        for (var stored : users.all()) out.add(new Basket(stored.name(), stored.category(), stored.wallets(), Basket.Source.USER));
        return out;
    }
}
