package io.polybot.polymarket.clob;

import java.util.List;
import java.util.Objects;

/** The short market form of {@code /simplified-markets} and {@code /sampling-simplified-markets}. */
public record SimplifiedMarket(String conditionId, List<ClobMarket.Token> tokens, boolean active, boolean closed,
        boolean archived, boolean acceptingOrders) {
    public SimplifiedMarket {
        Objects.requireNonNull(conditionId, "conditionId");
        tokens = List.copyOf(tokens);
    }
}
