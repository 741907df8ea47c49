package io.polybot.polymarket.user;

/**
 * Venue status of an order as the user channel reports it. {@link #OTHER} keeps the event
 * usable when the venue invents a new status; the raw text is in {@link OrderEvent#statusText()}.
 */
public enum UserOrderStatus {
    LIVE, MATCHED, DELAYED, UNMATCHED, CANCELED, INVALID, OTHER;

    /**
     * Reads a status; a text like {@code "CANCELED_order couldn't be fully filled…"} (a killed
     * FOK order, seen live) counts as {@link #CANCELED}.
     */
    static UserOrderStatus parse(String text) {
        String upper = text.toUpperCase(java.util.Locale.ROOT);
        for (UserOrderStatus s : values()) if (s != OTHER && (upper.equals(s.name()) || upper.startsWith(s.name() + "_"))) return s;
        return upper.equals("CANCELLED") ? CANCELED : OTHER;
    }
}
