package io.polybot.strategy.intelligence.scoring;

import java.math.BigDecimal;

/**
 * Parameters of wallet scoring.
 *
 * @param rollingWindow          the last N finished positions that make the rolling win rate
 * @param decayMargin            decayed when the rolling win rate is more than this below the lifetime one (0.10 = 10 points)
 * @param takerFeeRate           the venue's taker fee rate r; a copy pays r·(1 − p) of its notional
 * @param z                      normal quantile of the Wilson interval ({@link WinRate#Z95} for 95%)
 * @param includeClosedPositions false: the sample is positions held to resolution only (ARCHITECTURE §4,
 *                               "over resolved positions"); true: rounds sold back to flat count too
 */
public record ScoringConfig(int rollingWindow, BigDecimal decayMargin, BigDecimal takerFeeRate, double z,
                            boolean includeClosedPositions) {
    public ScoringConfig {
        if (rollingWindow < 2) throw new IllegalArgumentException("rolling window must be >= 2");
        if (decayMargin == null || decayMargin.signum() < 0) throw new IllegalArgumentException("decay margin must be >= 0");
        if (takerFeeRate == null || takerFeeRate.signum() < 0) throw new IllegalArgumentException("taker fee rate must be >= 0");
        if (!(z > 0)) throw new IllegalArgumentException("z must be > 0");
    }

    /** Rolling last 50, decay at 10 points, 2% taker fee (a cautious rate; fee-free markets only gain), 95% Wilson. */
    public static ScoringConfig defaults() {
        return new ScoringConfig(50, new BigDecimal("0.10"), new BigDecimal("0.02"), WinRate.Z95, false);
    }
}
