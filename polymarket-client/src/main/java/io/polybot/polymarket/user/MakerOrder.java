package io.polybot.polymarket.user;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.util.Objects;

/** One resting order a trade filled: its hash, owner (API key), amount filled and price. {@code side} is null when not sent. */
public record MakerOrder(
        String orderId,
        String owner,
        String makerAddress,
        BigDecimal matchedAmount,
        BigDecimal price,
        BigDecimal feeRateBps,
        String assetId,
        String outcome,
        OrderSide side) {
    public MakerOrder {
        Objects.requireNonNull(orderId, "orderId");
        matchedAmount = Objects.requireNonNull(matchedAmount, "matchedAmount").stripTrailingZeros();
        price = Objects.requireNonNull(price, "price").stripTrailingZeros();
    }
}
