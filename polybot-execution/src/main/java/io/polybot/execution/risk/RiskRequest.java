package io.polybot.execution.risk;

import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;

/**
 * Everything the risk engine judges a signal on.
 *
 * @param proposedNotional what the sizer wants to spend; caps may only reduce it
 * @param alreadyOrdered   an order exists for this signal id (a redelivered or repeated signal)
 * @param liveArmed        live trading is armed (always true for simulated and paper venues)
 */
public record RiskRequest(Signal signal, Market market, OrderBookSnapshot book, Usd proposedNotional,
                          boolean alreadyOrdered, boolean liveArmed, Portfolio portfolio) {}
