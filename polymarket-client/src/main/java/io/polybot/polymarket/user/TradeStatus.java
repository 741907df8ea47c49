package io.polybot.polymarket.user;

/**
 * Settlement status of a trade: {@code MATCHED → MINED → CONFIRMED}, or {@code RETRYING →
 * FAILED}. A fill is economically final only at {@link #CONFIRMED}. {@link #OTHER} for a status
 * this SDK does not know (raw text in {@link TradeEvent#statusText()}).
 */
public enum TradeStatus {
    MATCHED, MINED, CONFIRMED, RETRYING, FAILED, OTHER;

    public boolean isFinal() {
        return this == CONFIRMED || this == FAILED;
    }

    static TradeStatus parse(String text) {
        for (TradeStatus s : values()) if (s != OTHER && s.name().equalsIgnoreCase(text)) return s;
        return OTHER;
    }
}
