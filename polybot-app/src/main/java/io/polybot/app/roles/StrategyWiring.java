package io.polybot.app.roles;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.store.Store;
import io.polybot.strategy.StrategyRole;
import io.polybot.strategy.trades.TradeRecorder;
import io.polybot.strategy.whale.WhaleCopyStrategy;
import io.polybot.strategy.whale.Whitelist;

import java.time.Duration;

/** The strategy role's composition root (Athena). */
public final class StrategyWiring {
    private StrategyWiring() {}

    public static StrategyRole wire(PolybotConfig cfg, MessageBus bus, Store store, Clock clock) {
        return wire(cfg, bus, store, clock, new TradingSwitch(TradingState.ACTIVE));
    }

    /** @param tradingSwitch the role's kill-switch state, shared with whoever reports it */
    public static StrategyRole wire(PolybotConfig cfg, MessageBus bus, Store store, Clock clock, TradingSwitch tradingSwitch) {
        var whitelist = new Whitelist(() -> store.whales().whitelisted());
        var whaleCopy = new WhaleCopyStrategy(cfg.whaleCopy(), whitelist, clock);
        return new StrategyRole(bus, new TradeRecorder(store.walletTrades()), whaleCopy, whitelist, Duration.ofMinutes(1),
                store.signals(), tradingSwitch, clock);
    }
}
