package io.polybot.polymarket.clob;

import io.polybot.polymarket.order.OrderSide;
import java.util.Objects;

/** A token and a side, the element of {@code POST /prices}. */
public record TokenSide(String tokenId, OrderSide side) {
    public TokenSide {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(side, "side");
    }
}
