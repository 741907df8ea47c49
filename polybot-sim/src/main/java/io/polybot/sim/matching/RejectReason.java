package io.polybot.sim.matching;

/** Why the engine refused an order; each maps to the venue's error text. */
public enum RejectReason {
    UNKNOWN_TOKEN,
    MARKET_CLOSED,
    PRICE_OFF_TICK,
    PRICE_OUT_OF_RANGE,
    SIZE_TOO_SMALL,
    NOT_ENOUGH_BALANCE,
    DUPLICATE_ORDER,
    POST_ONLY_CROSSES,
    POST_ONLY_NOT_ALLOWED,
    INVALID_EXPIRATION,
    FOK_NOT_FILLED,
    FAK_NO_MATCH
}
