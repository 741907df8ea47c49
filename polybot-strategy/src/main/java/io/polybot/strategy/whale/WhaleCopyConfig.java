package io.polybot.strategy.whale;

import io.polybot.core.money.Usd;

/**
 * Parameters of the single-whale copy mode.
 *
 * @param minWhaleNotional a trade counts as a whale trade from this notional (default $10,000)
 * @param maxEntryPrice    no copy above this price: less than 5¢ of upside left (ARCHITECTURE §4)
 */
public record WhaleCopyConfig(Usd minWhaleNotional, java.math.BigDecimal maxEntryPrice) {
    public WhaleCopyConfig {
        if (minWhaleNotional == null || minWhaleNotional.amount().signum() <= 0) throw new IllegalArgumentException("min whale notional must be > 0");
        if (maxEntryPrice == null || maxEntryPrice.signum() <= 0 || maxEntryPrice.compareTo(java.math.BigDecimal.ONE) >= 0)
            throw new IllegalArgumentException("max entry price must be in (0, 1)");
    }
}
