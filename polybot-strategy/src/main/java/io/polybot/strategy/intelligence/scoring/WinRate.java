package io.polybot.strategy.intelligence.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A win rate with its Wilson score interval: {@code wins} of {@code sample} finished positions.
 * Rate and bounds are rounded to {@link #SCALE} decimals (they come from a square root).
 *
 * <p>Wilson (1927), for p̂ = wins/n and z the normal quantile:
 * centre = (p̂ + z²/2n) / (1 + z²/n), half-width = z·√(p̂(1 − p̂)/n + z²/4n²) / (1 + z²/n).
 * Unlike p̂ ± z·√(p̂(1−p̂)/n) it stays inside [0, 1] and is honest for small n and for 0 or n wins,
 * which is why whitelisting looks at its lower bound.
 */
public record WinRate(int wins, int sample, BigDecimal rate, BigDecimal lower, BigDecimal upper) {
    public static final int SCALE = 6;
    /** z for a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;
    public static final WinRate EMPTY = new WinRate(0, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE);

    public WinRate {
        if (wins < 0 || sample < 0 || wins > sample) throw new IllegalArgumentException("need 0 <= wins <= sample, was " + wins + "/" + sample);
    }

    /** The win rate and its Wilson interval at normal quantile {@code z}; an empty sample gives [0, 1]. */
    public static WinRate wilson(int wins, int sample, double z) {
        if (sample == 0) return EMPTY;
        double n = sample;
        double p = wins / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        BigDecimal rate = BigDecimal.valueOf(wins).divide(BigDecimal.valueOf(sample), SCALE, RoundingMode.HALF_EVEN);
        return new WinRate(wins, sample, rate, round(Math.max(0, centre - half)), round(Math.min(1, centre + half)));
    }

    private static BigDecimal round(double value) { return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN); }
}
