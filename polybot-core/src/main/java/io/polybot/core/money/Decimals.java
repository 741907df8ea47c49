package io.polybot.core.money;

import java.math.BigDecimal;

/** Scale normalisation shared by the money records, so that equal amounts are {@code equals}. */
public final class Decimals {
    private Decimals() {}

    public static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        // stripTrailingZeros turns 100 into 1E+2; keep plain integers at scale 0.
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
