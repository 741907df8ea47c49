package io.polybot.polymarket.clob;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * An order as {@code /data/orders} and {@code /data/order/{id}} report it (PROTOCOL §4.5).
 *
 * @param status as served, e.g. "ORDER_STATUS_LIVE" (older data: "LIVE")
 * @param originalSize shares ordered
 * @param sizeMatched shares filled so far
 * @param createdAt null when absent
 */
public record OpenOrder(String id, String status, String market, String assetId, OrderSide side,
        BigDecimal originalSize, BigDecimal sizeMatched, BigDecimal price, String outcome, String orderType,
        String makerAddress, String expiration, Instant createdAt) {
    public OpenOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(price, "price");
    }

    /** Live on the book ("ORDER_STATUS_LIVE" or "LIVE"). */
    public boolean isLive() {
        return status.equals("ORDER_STATUS_LIVE") || status.equals("LIVE");
    }
}
