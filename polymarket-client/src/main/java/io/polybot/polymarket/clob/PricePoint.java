package io.polybot.polymarket.clob;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** One point of {@code /prices-history}: the price at a time. */
public record PricePoint(Instant time, BigDecimal price) {
    public PricePoint {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(price, "price");
    }
}
