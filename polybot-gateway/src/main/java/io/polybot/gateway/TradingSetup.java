package io.polybot.gateway;

import io.polybot.core.money.Usd;
import io.polybot.gateway.strategies.StrategyCatalog;

/**
 * What the gateway shows but does not decide: the account's starting balance (equity is counted
 * from it, as execution's marker does) and the strategies' configured values before any change
 * through the API. The composition root takes both from the same configuration as the roles.
 */
public record TradingSetup(Usd startingBalance, StrategyCatalog.Defaults strategies) {
    public TradingSetup {
        if (startingBalance == null || strategies == null) throw new IllegalArgumentException("trading setup needs a starting balance and strategy defaults");
    }

    /** $10,000 (the demo's balance) and the strategies' built-in defaults. */
    public static TradingSetup defaults() { return new TradingSetup(Usd.of("10000"), StrategyCatalog.Defaults.standard()); }
}
