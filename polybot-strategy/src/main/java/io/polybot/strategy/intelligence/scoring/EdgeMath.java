package io.polybot.strategy.intelligence.scoring;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The binary-payoff formulas of ARCHITECTURE §4, exact in {@code BigDecimal}. A share bought at
 * price p pays 1 with probability q, else 0; a taker pays feeRate·(1 − p) of the notional
 * (Polymarket's fee = shares·r·p(1 − p), PROTOCOL §3.7 with exponent 1, divided by notional = shares·p).
 */
public final class EdgeMath {
    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private EdgeMath() {}

    /** Kelly fraction f* = (q − p)/(1 − p): the share of bankroll to stake on a buy at p. Negative means no bet. */
    public static BigDecimal kelly(BigDecimal winProbability, BigDecimal price) {
        return winProbability.subtract(price).divide(BigDecimal.ONE.subtract(price), PRECISION);
    }

    /** Taker fee as a share of notional: feeRate·(1 − p). */
    public static BigDecimal feeShare(BigDecimal feeRate, BigDecimal price) {
        return feeRate.multiply(BigDecimal.ONE.subtract(price));
    }

    /** Expected value per dollar of a taker buy at p, net of fees: q/p − 1 − feeRate·(1 − p). */
    public static BigDecimal expectedValuePerDollar(BigDecimal winProbability, BigDecimal price, BigDecimal feeRate) {
        return winProbability.divide(price, PRECISION).subtract(BigDecimal.ONE).subtract(feeShare(feeRate, price));
    }

    /** Expected profit per share of a taker buy at p, net of fees: q − p − feeRate·p(1 − p). */
    public static BigDecimal edgePerShare(BigDecimal winProbability, BigDecimal price, BigDecimal feeRate) {
        return winProbability.subtract(price).subtract(feeShare(feeRate, price).multiply(price));
    }
}
