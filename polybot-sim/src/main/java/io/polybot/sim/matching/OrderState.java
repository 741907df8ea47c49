package io.polybot.sim.matching;

/** Lifecycle of an order inside the engine. */
public enum OrderState {
    /** Resting on the book (possibly partly filled). */
    LIVE,
    /** Fully filled, or an immediate order that filled what it could. */
    MATCHED,
    /** Cancelled by its owner, or the unfilled rest of an immediate order. */
    CANCELED,
    /** Cancelled by the venue because its market resolved. */
    CANCELED_MARKET_RESOLVED
}
