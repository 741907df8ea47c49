package io.polybot.polymarket.order;

/** Time in force of a posted order (PROTOCOL §3.8). */
public enum OrderType {
    /** Good till cancelled. */
    GTC,
    /** Good till date: rests until {@code expiration} (seconds). */
    GTD,
    /** Fill or kill: fill completely and immediately or not at all. */
    FOK,
    /** Fill and kill: fill what is available immediately, cancel the rest. */
    FAK;

    public static OrderType parse(String text) {
        try {
            return valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("orderType must be one of GTC, GTD, FOK, FAK, was '" + text + "'");
        }
    }
}
