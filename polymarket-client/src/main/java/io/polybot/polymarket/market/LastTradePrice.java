package io.polybot.polymarket.market;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A {@code last_trade_price} message: a trade executed in this asset. {@code side} is the
 * taker's; {@code side}, {@code feeRateBps} and {@code transactionHash} are null when not sent.
 */
public record LastTradePrice(
        String market,
        String assetId,
        Instant eventTime,
        BigDecimal price,
        BigDecimal size,
        OrderSide side,
        BigDecimal feeRateBps,
        String transactionHash) implements MarketMessage {
    public LastTradePrice {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        price = Objects.requireNonNull(price, "price").stripTrailingZeros();
        if (size != null) size = size.stripTrailingZeros();
    }
}
