package io.polybot.polymarket.market;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A {@code market_resolved} message (sent with {@code custom_feature_enabled}): the market settled on one outcome. */
public record MarketResolved(
        String market,
        Instant eventTime,
        String id,
        List<String> assetIds,
        String winningAssetId,
        String winningOutcome,
        List<String> tags,
        EventSummary event) implements MarketMessage {
    public MarketResolved {
        Objects.requireNonNull(market, "market");
        assetIds = List.copyOf(assetIds);
        Objects.requireNonNull(winningAssetId, "winningAssetId");
        tags = List.copyOf(tags);
        Objects.requireNonNull(event, "event");
    }
}
