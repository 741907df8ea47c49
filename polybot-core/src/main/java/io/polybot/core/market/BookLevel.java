package io.polybot.core.market;

import io.polybot.core.money.Price;
import io.polybot.core.money.Size;

/** One price level of an order book. */
public record BookLevel(Price price, Size size) {
    public BookLevel {
        if (price == null || size == null) throw new IllegalArgumentException("book level needs price and size");
    }
}
