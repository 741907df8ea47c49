package io.polybot.polymarket.user;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An {@code order} event of the user channel: one of our orders was placed, (partly) filled or
 * cancelled. {@code id} is the order hash; {@code owner}/{@code orderOwner} are API keys (not
 * secrets); {@code createdAt} and {@code expiration} are null when absent or "0".
 */
public record OrderEvent(
        String id,
        OrderEventType type,
        UserOrderStatus status,
        String statusText,
        String market,
        String assetId,
        OrderSide side,
        BigDecimal price,
        BigDecimal originalSize,
        BigDecimal sizeMatched,
        String outcome,
        String orderType,
        String owner,
        String orderOwner,
        String makerAddress,
        List<String> associateTrades,
        Instant createdAt,
        Instant expiration,
        Instant eventTime) implements UserEvent {
    public OrderEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(side, "side");
        price = Objects.requireNonNull(price, "price").stripTrailingZeros();
        originalSize = Objects.requireNonNull(originalSize, "originalSize").stripTrailingZeros();
        sizeMatched = Objects.requireNonNull(sizeMatched, "sizeMatched").stripTrailingZeros();
        associateTrades = List.copyOf(associateTrades);
    }
}
