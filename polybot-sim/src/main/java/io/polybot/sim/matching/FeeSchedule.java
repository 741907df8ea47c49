package io.polybot.sim.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A market's taker fee on CLOB V2 (PROTOCOL §3.7): per share, {@code rate * (p * (1 - p))^exponent}
 * at the fill price p, so fees vanish towards 0 and 1. Served as {@code fd.r}, {@code fd.e},
 * {@code fd.to} by {@code /clob-markets/{id}}.
 *
 * @param takersOnly makers pay nothing (the only mode the venue documents; makers are never charged here)
 */
public record FeeSchedule(BigDecimal rate, int exponent, boolean takersOnly) {
    public static final FeeSchedule NONE = new FeeSchedule(BigDecimal.ZERO, 0, true);
    /** Fees are floored to this many decimals of pUSD (a docs-derived rule, PROTOCOL §3.7). */
    private static final int FEE_DECIMALS = 5;

    public FeeSchedule {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0)
            throw new IllegalArgumentException("fee rate must be in [0, 1), was " + rate);
        if (exponent < 0) throw new IllegalArgumentException("fee exponent must be >= 0, was " + exponent);
        rate = rate.stripTrailingZeros();
    }

    /** The fee in pUSD a taker pays for {@code shares} filled at {@code price}. */
    public BigDecimal fee(BigDecimal shares, BigDecimal price) {
        if (rate.signum() == 0) return BigDecimal.ZERO;
        BigDecimal perShare = rate.multiply(price.multiply(BigDecimal.ONE.subtract(price)).pow(exponent));
        return shares.multiply(perShare).setScale(FEE_DECIMALS, RoundingMode.DOWN).stripTrailingZeros();
    }
}
