package io.polybot.polymarket.user;

/** What happened to one of our orders. */
public enum OrderEventType {
    /** The order was accepted onto the book (or matched at once). */
    PLACEMENT,
    /** The order was (partly) filled. */
    UPDATE,
    /** The order was cancelled, by us or by the venue (FOK/FAK remainder, invalidation). */
    CANCELLATION;

    static OrderEventType parse(String text) {
        return switch (text) {
            case "PLACEMENT" -> PLACEMENT;
            case "UPDATE" -> UPDATE;
            case "CANCELLATION" -> CANCELLATION;
            default -> throw new IllegalArgumentException("order event: unknown type '" + text + "'");
        };
    }
}
