package io.polybot.polymarket.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@code best_bid_ask} message (sent with {@code custom_feature_enabled}): the asset's top of
 * book. A price is null when that side is empty; {@code spread} null when not sent.
 */
public record BestBidAsk(String market, String assetId, Instant eventTime, BigDecimal bestBid, BigDecimal bestAsk, BigDecimal spread)
        implements MarketMessage {
    public BestBidAsk {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
    }
}
