package io.polybot.execution.sizing;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.function.Supplier;

/**
 * Fractional Kelly for a binary share bought at price p that pays 1 with estimated probability q:
 * the Kelly stake is f* = (q − p) / (1 − p) of equity; we stake {@code fraction} of that, at most
 * {@code maxNotional}. The estimate q comes from the wallet's or basket's record, carried in the
 * signal's provenance under {@value #WIN_PROBABILITY}. No estimate, or no edge (q ≤ p), sizes to zero.
 */
public final class KellySizer implements Sizer {
    public static final String WIN_PROBABILITY = "winProbability";
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private final BigDecimal fraction;
    private final Supplier<Usd> equity;
    private final Usd maxNotional;

    public KellySizer(BigDecimal fraction, Supplier<Usd> equity, Usd maxNotional) {
        if (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0)
            throw new IllegalArgumentException("Kelly fraction must be in (0, 1], was " + fraction);
        if (maxNotional.amount().signum() <= 0) throw new IllegalArgumentException("maximum notional must be > 0, was " + maxNotional);
        this.fraction = fraction;
        this.equity = equity;
        this.maxNotional = maxNotional;
    }

    @Override public Usd notional(Signal signal, Price expectedPrice) {
        BigDecimal q = winProbability(signal);
        if (q == null) return Usd.ZERO;
        BigDecimal p = expectedPrice.value();
        BigDecimal edge = q.subtract(p);
        if (edge.signum() <= 0) return Usd.ZERO;
        BigDecimal kelly = edge.divide(BigDecimal.ONE.subtract(p), PRECISION);
        // Cents: the notional is a budget, and the book walk rounds shares down anyway.
        Usd stake = new Usd(kelly.multiply(fraction).multiply(equity.get().amount()).setScale(2, RoundingMode.DOWN));
        return stake.compareTo(maxNotional) > 0 ? maxNotional : stake;
    }

    /** q from the provenance; absent or outside [0, 1] means no usable estimate. */
    private static BigDecimal winProbability(Signal signal) {
        String text = signal.provenance().get(WIN_PROBABILITY);
        if (text == null) return null;
        try {
            BigDecimal q = new BigDecimal(text.trim());
            return q.signum() < 0 || q.compareTo(BigDecimal.ONE) > 0 ? null : q;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
