package io.polybot.strategy.intelligence.linking;

import java.time.Duration;

/**
 * When two wallets count as one trader.
 *
 * @param syncWindow          trades of the same token and side at most this far apart are synchronised
 * @param minimumSynchronised at least this many synchronised trades …
 * @param minimumMarkets      … in at least this many markets (one owner moves its wallets together from market to market;
 *                            two unrelated bots on the same clock in the same market coincide beat after beat) …
 * @param maxPValue           … and that many must be this unlikely for independent wallets (Poisson tail)
 * @param maxWalletsPerFunder a funder of more wallets than this is a hub (exchange, bridge, faucet), not an owner
 * @param corroboratingPValue wallets sharing a funder are linked when their synchronised trading is at least this unlikely by chance
 */
public record LinkingConfig(Duration syncWindow, int minimumSynchronised, int minimumMarkets, double maxPValue, int maxWalletsPerFunder,
                            double corroboratingPValue) {
    public LinkingConfig {
        if (syncWindow == null || syncWindow.isNegative() || syncWindow.isZero()) throw new IllegalArgumentException("sync window must be > 0");
        if (minimumSynchronised < 1) throw new IllegalArgumentException("minimum synchronised trades must be >= 1");
        if (minimumMarkets < 1) throw new IllegalArgumentException("minimum markets must be >= 1");
        if (!(maxPValue > 0 && maxPValue < 1)) throw new IllegalArgumentException("max p-value must be in (0, 1)");
        if (maxWalletsPerFunder < 2) throw new IllegalArgumentException("max wallets per funder must be >= 2");
        if (!(corroboratingPValue >= maxPValue && corroboratingPValue < 1)) throw new IllegalArgumentException("corroborating p-value must be in [max p-value, 1)");
    }

    /** 10 s, at least 3 synchronised trades in 3 markets at p ≤ 0.001 (p ≤ 0.05 with a shared funder), funders of up to 10 wallets. */
    public static LinkingConfig defaults() { return new LinkingConfig(Duration.ofSeconds(10), 3, 3, 0.001, 10, 0.05); }
}
