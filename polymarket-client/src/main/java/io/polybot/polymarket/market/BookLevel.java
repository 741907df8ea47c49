package io.polybot.polymarket.market;

import java.math.BigDecimal;
import java.util.Objects;

/** One price level of a book: the price and the total size resting there, in shares. */
public record BookLevel(BigDecimal price, BigDecimal size) {
    public BookLevel {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        // "0.50" and "0.5" are the same level.
        price = price.stripTrailingZeros();
        size = size.stripTrailingZeros();
    }

    public static BookLevel of(String price, String size) {
        return new BookLevel(new BigDecimal(price), new BigDecimal(size));
    }
}
