package io.polybot.polymarket.order;

/** Order side; the signed struct carries {@link #code()} (0 = BUY, 1 = SELL), the JSON body the name. */
public enum OrderSide {
    BUY,
    SELL;

    public int code() {
        return ordinal();
    }

    public static OrderSide parse(String text) {
        return switch (text) {
            case "BUY" -> BUY;
            case "SELL" -> SELL;
            default -> throw new IllegalArgumentException("side must be BUY or SELL, was '" + text + "'");
        };
    }
}
