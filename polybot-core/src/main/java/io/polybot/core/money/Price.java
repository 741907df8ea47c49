package io.polybot.core.money;

import java.math.BigDecimal;

/** Price of one outcome share in pUSD, strictly between 0 and 1 (a probability). */
public record Price(BigDecimal value) implements Comparable<Price> {
    public Price {
        if (value == null) throw new IllegalArgumentException("price is required");
        value = Decimals.normalise(value); // 0.50 must equal 0.5
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0)
            throw new IllegalArgumentException("price must be in (0, 1), was " + value.toPlainString());
    }

    public static Price of(String text) { return new Price(new BigDecimal(text)); }

    public Usd notional(Size size) { return new Usd(value.multiply(size.shares())); }

    /** Cents of upside left for a buyer: 1 - price. */
    public BigDecimal upside() { return BigDecimal.ONE.subtract(value); }

    /** True when this price lies on the grid of the given tick size (e.g. 0.01). */
    public boolean onTick(BigDecimal tickSize) { return value.remainder(tickSize).signum() == 0; }

    @Override public int compareTo(Price other) { return value.compareTo(other.value); }
    @Override public String toString() { return value.toPlainString(); }
}
