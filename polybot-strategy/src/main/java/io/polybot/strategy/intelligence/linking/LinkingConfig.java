package io.polybot.strategy.intelligence.linking;

import java.time.Duration;

/**
 * When two wallets count as one trader.
 *
 * @param syncWindow          trades of the same token and side at most this far apart are synchronised
 * @param minimumSynchronised at least this many synchronised trades …
 * @param maxPValue           … and that many must be this unlikely for independent wallets (Poisson tail)
 * @param maxWalletsPerFunder a funder of more wallets than this is a hub (exchange, bridge, faucet), not an owner
 */
public record LinkingConfig(Duration syncWindow, int minimumSynchronised, double maxPValue, int maxWalletsPerFunder) {
    public LinkingConfig {
        if (syncWindow == null || syncWindow.isNegative() || syncWindow.isZero()) throw new IllegalArgumentException("sync window must be > 0");
        if (minimumSynchronised < 1) throw new IllegalArgumentException("minimum synchronised trades must be >= 1");
        if (!(maxPValue > 0 && maxPValue < 1)) throw new IllegalArgumentException("max p-value must be in (0, 1)");
        if (maxWalletsPerFunder < 2) throw new IllegalArgumentException("max wallets per funder must be >= 2");
    }

    /** 5 s, at least 3 synchronised trades at p ≤ 0.001, funders of up to 10 wallets. */
    public static LinkingConfig defaults() { return new LinkingConfig(Duration.ofSeconds(5), 3, 0.001, 10); }
}
