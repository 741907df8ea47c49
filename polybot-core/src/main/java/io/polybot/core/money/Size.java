package io.polybot.core.money;

import java.math.BigDecimal;

/** A quantity of outcome shares (never negative; direction lives in {@code Side}). */
public record Size(BigDecimal shares) implements Comparable<Size> {
    public static final Size ZERO = new Size(BigDecimal.ZERO);

    public Size {
        if (shares == null) throw new IllegalArgumentException("size is required");
        shares = Decimals.normalise(shares);
        if (shares.signum() < 0) throw new IllegalArgumentException("size must be >= 0, was " + shares.toPlainString());
    }

    public static Size of(String text) { return new Size(new BigDecimal(text)); }

    public Size plus(Size other) { return new Size(shares.add(other.shares)); }
    public Size minus(Size other) { return new Size(shares.subtract(other.shares)); }
    public Size min(Size other) { return compareTo(other) <= 0 ? this : other; }
    public boolean isZero() { return shares.signum() == 0; }

    @Override public int compareTo(Size other) { return shares.compareTo(other.shares); }
    @Override public String toString() { return shares.toPlainString(); }
}
