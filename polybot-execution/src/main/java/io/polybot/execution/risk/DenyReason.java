package io.polybot.execution.risk;

/** Why the risk engine said no; stable codes, stored with every decision and shown to the trader. */
public enum DenyReason {
    TRADING_HALTED,
    NOT_ARMED,
    DATA_STALE,
    DUPLICATE_SIGNAL,
    MARKET_NOT_TRADABLE,
    POSITION_CAP,
    POSITIONS_PER_EVENT,
    EXPOSURE_CAP,
    DAILY_LOSS_LIMIT,
    NO_EDGE,
    SLIPPAGE,
    BELOW_MINIMUM_SIZE,
    INSUFFICIENT_BALANCE,
    ORDER_RATE
}
