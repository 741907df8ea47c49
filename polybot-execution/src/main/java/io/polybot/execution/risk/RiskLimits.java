package io.polybot.execution.risk;

import io.polybot.core.control.RiskParameter;
import io.polybot.core.money.Usd;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * @param maxOrdersPerSecond  orders sent at most this many a second, in bursts of as many (10: the SDK's order pacing per signer)
 */
public record RiskLimits(Usd equity, BigDecimal maxPositionShare, int maxPositionsPerEvent, BigDecimal maxTotalExposureShare,
                         Usd dailyLossLimit, BigDecimal maxEntryPrice, BigDecimal maxSlippage, Duration maxBookAge,
                         int maxOrdersPerSecond) {
    public RiskLimits {
        if (equity.amount().signum() <= 0) throw new IllegalArgumentException("equity must be > 0");
        requireFraction("max position share", maxPositionShare);
        requireFraction("max total exposure share", maxTotalExposureShare);
        requireFraction("max entry price", maxEntryPrice);
        requireFraction("max slippage", maxSlippage);
        if (maxPositionsPerEvent < 1) throw new IllegalArgumentException("max positions per event must be >= 1");
        if (dailyLossLimit.amount().signum() <= 0) throw new IllegalArgumentException("daily loss limit must be > 0");
        if (maxOrdersPerSecond < 1) throw new IllegalArgumentException("max orders per second must be >= 1");
        if (maxBookAge == null || maxBookAge.isNegative() || maxBookAge.isZero()) throw new IllegalArgumentException("max book age must be positive");
    }

    public Usd maxPositionCost() { return new Usd(equity.amount().multiply(maxPositionShare)); }

    public Usd maxTotalExposure() { return new Usd(equity.amount().multiply(maxTotalExposureShare)); }

    /** These limits by {@link RiskParameter} key, as reported to the dashboard. */
    public Map<String, String> toParameters() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(RiskParameter.EQUITY.key(), equity.toString());
        out.put(RiskParameter.MAX_POSITION_SHARE.key(), maxPositionShare.stripTrailingZeros().toPlainString());
        out.put(RiskParameter.MAX_POSITIONS_PER_EVENT.key(), Integer.toString(maxPositionsPerEvent));
        out.put(RiskParameter.MAX_TOTAL_EXPOSURE_SHARE.key(), maxTotalExposureShare.stripTrailingZeros().toPlainString());
        out.put(RiskParameter.DAILY_LOSS_LIMIT.key(), dailyLossLimit.toString());
        out.put(RiskParameter.MAX_ENTRY_PRICE.key(), maxEntryPrice.stripTrailingZeros().toPlainString());
        out.put(RiskParameter.MAX_SLIPPAGE.key(), maxSlippage.stripTrailingZeros().toPlainString());
        out.put(RiskParameter.MAX_BOOK_AGE.key(), maxBookAge.toString());
        out.put(RiskParameter.MAX_ORDERS_PER_SECOND.key(), Integer.toString(maxOrdersPerSecond));
        return out;
    }

    /**
     * These limits with some replaced, by {@link RiskParameter} key. Throws
     * {@link IllegalArgumentException} for an unknown key, a bad value or an empty change.
     */
    public RiskLimits with(Map<String, String> changes) {
        if (changes.isEmpty()) throw new IllegalArgumentException("no risk parameters given; known: " + RiskParameter.keys());
        Usd newEquity = equity;
        BigDecimal positionShare = maxPositionShare;
        int perEvent = maxPositionsPerEvent;
        BigDecimal exposureShare = maxTotalExposureShare;
        Usd lossLimit = dailyLossLimit;
        BigDecimal entryPrice = maxEntryPrice;
        BigDecimal slippage = maxSlippage;
        Duration bookAge = maxBookAge;
        int ordersPerSecond = maxOrdersPerSecond;
        for (var change : changes.entrySet()) {
            RiskParameter p = RiskParameter.ofKey(change.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown risk parameter '" + change.getKey() + "'; known: " + RiskParameter.keys()));
            String v = change.getValue();
            switch (p) {
                case EQUITY -> newEquity = new Usd(p.decimal(v));
                case MAX_POSITION_SHARE -> positionShare = p.decimal(v);
                case MAX_POSITIONS_PER_EVENT -> perEvent = p.count(v);
                case MAX_TOTAL_EXPOSURE_SHARE -> exposureShare = p.decimal(v);
                case DAILY_LOSS_LIMIT -> lossLimit = new Usd(p.decimal(v));
                case MAX_ENTRY_PRICE -> entryPrice = p.decimal(v);
                case MAX_SLIPPAGE -> slippage = p.decimal(v);
                case MAX_BOOK_AGE -> bookAge = p.duration(v);
                case MAX_ORDERS_PER_SECOND -> ordersPerSecond = p.count(v);
            }
        }
        return new RiskLimits(newEquity, positionShare, perEvent, exposureShare, lossLimit, entryPrice, slippage, bookAge, ordersPerSecond);
    }

    private static void requireFraction(String name, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0)
            throw new IllegalArgumentException(name + " must be in (0, 1], was " + value);
    }
}
