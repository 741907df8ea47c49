package io.polybot.core.money;

import java.math.BigDecimal;

/** An amount of collateral (pUSD, 6 decimals on chain): notional, PnL, fees. May be negative. */
public record Usd(BigDecimal amount) implements Comparable<Usd> {
    public static final Usd ZERO = new Usd(BigDecimal.ZERO);
    private static final int BASE_UNIT_DECIMALS = 6;

    public Usd {
        if (amount == null) throw new IllegalArgumentException("amount is required");
        amount = Decimals.normalise(amount);
    }

    public static Usd of(String text) { return new Usd(new BigDecimal(text)); }

    public Usd plus(Usd other) { return new Usd(amount.add(other.amount)); }
    public Usd minus(Usd other) { return new Usd(amount.subtract(other.amount)); }
    public Usd negate() { return new Usd(amount.negate()); }
    public boolean isNegative() { return amount.signum() < 0; }

    /** Exact base units (1 pUSD = 1,000,000); throws if the amount has more than 6 decimals. */
    public long toBaseUnits() {
        return amount.movePointRight(BASE_UNIT_DECIMALS).longValueExact();
    }

    @Override public int compareTo(Usd other) { return amount.compareTo(other.amount); }
    @Override public String toString() { return amount.toPlainString(); }
}
