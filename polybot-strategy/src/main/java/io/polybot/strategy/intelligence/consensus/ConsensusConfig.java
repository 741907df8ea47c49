package io.polybot.strategy.intelligence.consensus;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * When a basket agrees (ARCHITECTURE §4).
 *
 * @param window         how far back trades count (24–48 h)
 * @param threshold      consensus must be strictly above this share (0.80)
 * @param minimumWallets and at least this many votes (linked groups count once) must agree
 */
public record ConsensusConfig(Duration window, BigDecimal threshold, int minimumWallets) {
    public ConsensusConfig {
        if (window == null || window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be > 0");
        if (threshold == null || threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) >= 0)
            throw new IllegalArgumentException("threshold must be in [0, 1)");
        if (minimumWallets < 1) throw new IllegalArgumentException("minimum wallets must be >= 1");
    }

    /** 24 h, more than 80%, at least 3 votes. */
    public static ConsensusConfig defaults() { return new ConsensusConfig(Duration.ofHours(24), new BigDecimal("0.80"), 3); }
}
