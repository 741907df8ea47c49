package io.polybot.execution.risk;

import io.polybot.core.money.Usd;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Risk thresholds (ARCHITECTURE §5 defaults in parentheses).
 *
 * @param equity              the account equity the percentage caps refer to
 * @param maxPositionShare    per-position cap as a share of equity (0.05)
 * @param maxPositionsPerEvent open positions allowed within one event (2)
 * @param maxTotalExposureShare all positions' cost as a share of equity
 * @param dailyLossLimit      realised loss today that trips the breaker
 * @param maxEntryPrice       no entry above this price: under 5¢ of upside (0.95)
 * @param maxSlippage         walked-book VWAP may exceed the reference price by at most this fraction (0.03)
 * @param maxBookAge          a book older than this is stale data
 */
public record RiskLimits(Usd equity, BigDecimal maxPositionShare, int maxPositionsPerEvent, BigDecimal maxTotalExposureShare,
                         Usd dailyLossLimit, BigDecimal maxEntryPrice, BigDecimal maxSlippage, Duration maxBookAge) {
    public RiskLimits {
        if (equity.amount().signum() <= 0) throw new IllegalArgumentException("equity must be > 0");
        requireFraction("max position share", maxPositionShare);
        requireFraction("max total exposure share", maxTotalExposureShare);
        requireFraction("max entry price", maxEntryPrice);
        requireFraction("max slippage", maxSlippage);
        if (maxPositionsPerEvent < 1) throw new IllegalArgumentException("max positions per event must be >= 1");
        if (dailyLossLimit.amount().signum() <= 0) throw new IllegalArgumentException("daily loss limit must be > 0");
    }

    public Usd maxPositionCost() { return new Usd(equity.amount().multiply(maxPositionShare)); }

    public Usd maxTotalExposure() { return new Usd(equity.amount().multiply(maxTotalExposureShare)); }

    private static void requireFraction(String name, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0)
            throw new IllegalArgumentException(name + " must be in (0, 1], was " + value);
    }
}
