package io.polybot.core.market;

/** Lifecycle of a market as far as trading is concerned. */
public enum MarketStatus {
    /** Accepting orders. */
    OPEN,
    /** No longer accepting orders, outcome not yet known. */
    CLOSED,
    /** Outcome known; winning tokens redeem at 1. */
    RESOLVED;

    public boolean tradable() { return this == OPEN; }
}
