package io.polybot.sim.matching;

/** Told about every trade, in execution order, while the engine holds its lock: implementations must only record or enqueue. */
@FunctionalInterface
public interface TradeListener {
    void onTrade(Trade trade);
}
