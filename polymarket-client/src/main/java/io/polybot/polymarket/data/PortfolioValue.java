package io.polybot.polymarket.data;

import java.math.BigDecimal;
import java.util.Objects;

/** The current value in USD of a wallet's positions, from {@code /value}. */
public record PortfolioValue(String user, BigDecimal value) {
    public PortfolioValue {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(value, "value");
    }
}
