package io.polybot.polymarket.clob;

import java.math.BigDecimal;
import java.util.Objects;

/** One price level of an order book: price (probability) and total size in shares. */
public record PriceLevel(BigDecimal price, BigDecimal size) {
    public PriceLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        // Venue strings such as ".48" and "0.480" must compare equal.
        price = price.stripTrailingZeros();
        size = size.stripTrailingZeros();
    }
}
