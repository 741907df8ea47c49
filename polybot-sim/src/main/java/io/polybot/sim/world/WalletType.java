package io.polybot.sim.world;

/** The ground-truth behaviour of a simulated wallet, which the whale intelligence has to discover. */
public enum WalletType {
    /** Knows the true probability, buys the underpriced outcome in size and holds it to resolution. */
    INFORMED,
    /** Keeps two-sided resting ladders on many markets and re-quotes after being hit; never takes. */
    MARKET_MAKER,
    /** Trades one fixed size at a fixed interval on a few markets, alternating buys and sells, as a taker. */
    BOT,
    /** Random taker trades of random size at random times, with no edge. */
    NOISE
}
