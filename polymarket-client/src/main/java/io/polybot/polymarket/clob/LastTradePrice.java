package io.polybot.polymarket.clob;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.util.Objects;

/** The last traded price of a token; {@code side} is null when the token never traded (price then "0.5"). */
public record LastTradePrice(String tokenId, BigDecimal price, OrderSide side) {
    public LastTradePrice {
        Objects.requireNonNull(price, "price");
    }
}
