package io.polybot.app.roles;

import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every role's trading switch: it starts where the last kill or release left it ({@link #restore}), and
 * saves each one it applies ({@link #saveChanges}, registered after the status reporter, so that HALTED is
 * reported before the database write).
 */
public final class TradingSwitchWiring {
    private static final Logger log = LoggerFactory.getLogger(TradingSwitchWiring.class);

    private TradingSwitchWiring() {}

    public static TradingSwitch restore(Store store) {
        TradingSwitch tradingSwitch = store.tradingState().load().map(saved -> {
            if (saved.state() != TradingState.ACTIVE)
                log.warn("starting {}: set by {} at {} ({}); a release is needed to trade", saved.state(), saved.by(), saved.since(), saved.reason());
            return new TradingSwitch(saved);
        }).orElseGet(() -> new TradingSwitch(TradingState.ACTIVE));
        return tradingSwitch;
    }

    public static void saveChanges(TradingSwitch tradingSwitch, Store store) { tradingSwitch.onChange(store.tradingState()::save); }
}
