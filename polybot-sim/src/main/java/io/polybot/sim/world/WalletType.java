package io.polybot.sim.world;

/** The ground-truth behaviour of a simulated wallet, which the whale intelligence has to discover. */
public enum WalletType {
    /** Knows the true probability and buys the underpriced outcome in size (a whale with an edge). */
    INFORMED,
    /** Keeps two-sided resting books on every token and re-quotes after being hit. */
    MARKET_MAKER,
    /** Small random taker trades with no edge. */
    NOISE
}
