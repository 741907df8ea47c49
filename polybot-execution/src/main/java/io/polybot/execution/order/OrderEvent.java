package io.polybot.execution.order;

/** What can happen to an order; the state machine maps (state, event) to the next state. */
public enum OrderEvent {
    SUBMIT, VENUE_ACK, VENUE_MATCHED, VENUE_DELAYED, VENUE_REJECT, NO_ANSWER,
    PARTIAL_FILL, FULL_FILL, CANCEL, EXPIRE
}
