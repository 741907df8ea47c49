package io.polybot.strategy.intelligence.whitelist;

import java.math.BigDecimal;

/**
 * When scoring moves a wallet on or off the whitelist. Join and leave scores differ on purpose
 * (hysteresis), so a wallet near the line does not flap between runs.
 *
 * @param minimumPositions finished positions needed before a wallet may join
 * @param minimumEvents    independent events needed (ARCHITECTURE §10: markets of one event are one sample)
 * @param joinScore        joins when its conservative edge per share (WalletScore.score) is at least this
 * @param leaveScore       leaves when it falls below this
 */
public record WhitelistConfig(int minimumPositions, int minimumEvents, BigDecimal joinScore, BigDecimal leaveScore) {
    public WhitelistConfig {
        if (minimumPositions < 1 || minimumEvents < 1) throw new IllegalArgumentException("minimum samples must be >= 1");
        if (joinScore == null || leaveScore == null || leaveScore.compareTo(joinScore) > 0)
            throw new IllegalArgumentException("need leave score <= join score");
    }

    /** 30 positions over 10 events; join at a 1¢ conservative edge per share, leave below 0. */
    public static WhitelistConfig defaults() { return new WhitelistConfig(30, 10, new BigDecimal("0.01"), BigDecimal.ZERO); }
}
