package io.polybot.polymarket.user;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A {@code trade} event of the user channel: a trade we took part in, re-sent with the same
 * {@code id} on every status change. {@code matchTime} comes from {@code match_time} or the
 * older {@code matchtime}; {@code traderSide} is TAKER or MAKER; {@code transactionHash} is null
 * until mined.
 */
public record TradeEvent(
        String id,
        TradeStatus status,
        String statusText,
        String market,
        String assetId,
        OrderSide side,
        BigDecimal size,
        BigDecimal price,
        BigDecimal feeRateBps,
        String outcome,
        String takerOrderId,
        String traderSide,
        String owner,
        String tradeOwner,
        String makerAddress,
        String transactionHash,
        int bucketIndex,
        List<MakerOrder> makerOrders,
        Instant matchTime,
        Instant lastUpdate,
        Instant eventTime) implements UserEvent {
    public TradeEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(side, "side");
        size = Objects.requireNonNull(size, "size").stripTrailingZeros();
        price = Objects.requireNonNull(price, "price").stripTrailingZeros();
        makerOrders = List.copyOf(makerOrders);
    }
}
