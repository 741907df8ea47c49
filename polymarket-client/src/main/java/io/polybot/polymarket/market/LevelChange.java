package io.polybot.polymarket.market;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One level update of a {@code price_change}: the new total {@code size} at {@code price} on
 * the bid ({@link OrderSide#BUY}) or ask ({@link OrderSide#SELL}) side; zero removes the level.
 *
 * <p>{@code bestBid} and {@code bestAsk} are the venue's best prices of the asset after the
 * update (current format only; null in the legacy format). Zero means that side is empty: the
 * venue sends {@code "0"} or {@code ""} for it. {@code hash} is the venue's book hash, or null.
 */
public record LevelChange(
        String assetId, OrderSide side, BigDecimal price, BigDecimal size, String hash, BigDecimal bestBid, BigDecimal bestAsk) {
    public LevelChange {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(side, "side");
        price = Objects.requireNonNull(price, "price").stripTrailingZeros();
        size = Objects.requireNonNull(size, "size").stripTrailingZeros();
        if (size.signum() < 0) throw new IllegalArgumentException("price_change: negative size " + size);
        if (bestBid != null) bestBid = bestBid.stripTrailingZeros();
        if (bestAsk != null) bestAsk = bestAsk.stripTrailingZeros();
    }

    /** True when the venue reported its best prices with this change. */
    public boolean hasBestPrices() {
        return bestBid != null && bestAsk != null;
    }
}
