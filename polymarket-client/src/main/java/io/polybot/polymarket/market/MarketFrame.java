package io.polybot.polymarket.market;

import java.util.List;

/**
 * What one text frame of the market channel held: its typed messages in order, and how many
 * well-formed messages had an {@code event_type} this SDK does not know (ignored, counted).
 */
public record MarketFrame(List<MarketMessage> messages, int unknownEvents) {
    public MarketFrame {
        messages = List.copyOf(messages);
    }
}
