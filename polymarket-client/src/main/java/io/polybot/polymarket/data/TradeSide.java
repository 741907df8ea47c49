package io.polybot.polymarket.data;

/** The side of a Data API trade or activity row. */
public enum TradeSide {
    BUY, SELL;

    /** Parses "BUY"/"SELL" (any case); anything else is an {@link IllegalArgumentException}. */
    public static TradeSide parse(String text) {
        return switch (text == null ? "" : text.toUpperCase(java.util.Locale.ROOT)) {
            case "BUY" -> BUY;
            case "SELL" -> SELL;
            default -> throw new IllegalArgumentException("side must be BUY or SELL, was '" + text + "'");
        };
    }
}
