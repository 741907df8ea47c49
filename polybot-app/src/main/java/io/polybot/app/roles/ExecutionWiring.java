package io.polybot.app.roles;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.ExecutionEngine;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.risk.RiskEngine;
import io.polybot.execution.sizing.FixedNotionalSizer;
import io.polybot.execution.venue.Venue;
import io.polybot.store.Store;

/** The execution role's composition root (Hermes). */
public final class ExecutionWiring {
    private ExecutionWiring() {}

    /**
     * @param liveArmed whether orders may reach a real-money venue; simulated and paper venues pass true
     */
    public static ExecutionEngine wire(PolybotConfig cfg, MessageBus bus, Store store, Venue venue, Clock clock, boolean liveArmed) {
        var tradingSwitch = new TradingSwitch(TradingState.ACTIVE);
        var positions = new PositionBook(store.positions(), store.dailyPnl(), bus, clock);
        var orders = new OrderTracker(store.orders(), store.fills(), positions, bus, clock);
        var risk = new RiskEngine(cfg::risk, tradingSwitch::state, clock);
        var sizer = new FixedNotionalSizer(cfg.fixedNotional());
        return new ExecutionEngine(bus, venue, sizer, risk, orders, positions, store.markets(), store.orders(), store.positions(),
                store.riskDecisions(), tradingSwitch, () -> cfg.demo().startingBalance(), liveArmed, clock);
    }
}
