package io.polybot.polymarket.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A {@code tick_size_change} message: the asset's minimum price increment changed (near 0 or 1). */
public record TickSizeChange(String market, String assetId, Instant eventTime, BigDecimal oldTickSize, BigDecimal newTickSize)
        implements MarketMessage {
    public TickSizeChange {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(newTickSize, "newTickSize");
    }
}
