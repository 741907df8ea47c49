package io.polybot.polymarket.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@code new_market} message (sent with {@code custom_feature_enabled}): a market was listed.
 * {@code id} is the Gamma market id; {@code assetIds} the outcome token ids in the order of
 * {@code outcomes}; {@code tickSize} (from {@code order_price_min_tick_size}) is null when not sent.
 */
public record NewMarket(
        String market,
        Instant eventTime,
        String id,
        String question,
        String slug,
        String description,
        List<String> assetIds,
        List<String> outcomes,
        List<String> tags,
        boolean active,
        BigDecimal tickSize,
        String groupItemTitle,
        EventSummary event) implements MarketMessage {
    public NewMarket {
        Objects.requireNonNull(market, "market");
        assetIds = List.copyOf(assetIds);
        outcomes = List.copyOf(outcomes);
        tags = List.copyOf(tags);
        Objects.requireNonNull(event, "event");
    }
}
