package io.polybot.core.trading;

/** The kill-switch state every role obeys. */
public enum TradingState {
    /** Normal trading. */
    ACTIVE,
    /** Only orders that reduce exposure are allowed. */
    REDUCING,
    /** Nothing new is sent; strategies are silenced and risk denies everything. */
    HALTED
}
