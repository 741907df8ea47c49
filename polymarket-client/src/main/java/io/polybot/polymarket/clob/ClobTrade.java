package io.polybot.polymarket.clob;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A trade of this account from {@code /data/trades} (PROTOCOL §4.5). For a taker trade
 * {@code side}, {@code size} and {@code price} describe the taker; this account's own fills as a
 * maker are in {@link #makerOrders()}.
 *
 * @param status as served, e.g. "TRADE_STATUS_CONFIRMED"
 * @param traderSide "TAKER" or "MAKER"
 */
public record ClobTrade(String id, String takerOrderId, String market, String assetId, OrderSide side,
        BigDecimal size, BigDecimal price, BigDecimal feeRateBps, String status, Instant matchTime, String outcome,
        String makerAddress, String transactionHash, String traderSide, List<MakerOrder> makerOrders) {
    public ClobTrade {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(price, "price");
        makerOrders = List.copyOf(makerOrders);
    }

    /** One maker order filled by the trade. */
    public record MakerOrder(String orderId, String makerAddress, BigDecimal matchedAmount, BigDecimal price,
            String assetId, String outcome, OrderSide side) {}
}
