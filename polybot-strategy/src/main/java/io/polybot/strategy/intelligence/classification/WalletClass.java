package io.polybot.strategy.intelligence.classification;

/** What kind of trader a wallet looks like (ARCHITECTURE §4). */
public enum WalletClass {
    /** Takes directional positions, holds them to resolution, and the price follows: worth copying. */
    INFORMED,
    /** Quotes both sides and earns the spread; its fills say nothing about the outcome. */
    MARKET_MAKER,
    /** Trades on a clock with fixed sizes: an automated strategy, not a view. */
    BOT,
    /** Not enough evidence, or none of the patterns fits. */
    UNKNOWN
}
