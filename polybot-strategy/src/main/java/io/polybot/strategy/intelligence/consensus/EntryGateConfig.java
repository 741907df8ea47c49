package io.polybot.strategy.intelligence.consensus;

import java.math.BigDecimal;

/**
 * The entry gate's limits (ARCHITECTURE §4, §5).
 *
 * @param maxPrice      no entry above this price: under 5¢ of upside left (0.95)
 * @param slippageLimit no entry when the price is more than this fraction above the whales' VWAP entry (0.03 = 3%)
 * @param takerFeeRate  r in the taker fee share r·(1 − p)
 */
public record EntryGateConfig(BigDecimal maxPrice, BigDecimal slippageLimit, BigDecimal takerFeeRate) {
    public EntryGateConfig {
        if (maxPrice == null || maxPrice.signum() <= 0 || maxPrice.compareTo(BigDecimal.ONE) >= 0) throw new IllegalArgumentException("max price must be in (0, 1)");
        if (slippageLimit == null || slippageLimit.signum() < 0) throw new IllegalArgumentException("slippage limit must be >= 0");
        if (takerFeeRate == null || takerFeeRate.signum() < 0) throw new IllegalArgumentException("taker fee rate must be >= 0");
    }

    public static EntryGateConfig defaults() {
        return new EntryGateConfig(new BigDecimal("0.95"), new BigDecimal("0.03"), new BigDecimal("0.02"));
    }
}
