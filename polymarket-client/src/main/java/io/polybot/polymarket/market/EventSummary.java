package io.polybot.polymarket.market;

/** The {@code event_message} of a new or resolved market: the Gamma event it belongs to ("" when absent). */
public record EventSummary(String id, String ticker, String slug, String title, String description) {
    public static final EventSummary NONE = new EventSummary("", "", "", "", "");
}
