package io.polybot.sim.matching;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Told about order and book changes, in order, while the engine holds its lock: implementations
 * must only record or enqueue (like {@link TradeListener}).
 */
public interface EngineListener {
    default void onOrder(OrderEvent event) {}

    default void onBookUpdate(BookUpdate update) {}

    default void onTickSizeChange(TokenRules rules, BigDecimal oldTickSize, Instant time) {}
}
