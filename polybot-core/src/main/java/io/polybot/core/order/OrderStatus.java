package io.polybot.core.order;

/**
 * Where an order stands. UNKNOWN means an ambiguous submit (timeout, 5xx): the order may be
 * live at the venue and is resolved by hash, never re-signed.
 */
public enum OrderStatus {
    NEW, SUBMITTED, LIVE, MATCHED, DELAYED, UNKNOWN, PARTIALLY_FILLED,
    FILLED, CANCELLED, EXPIRED, REJECTED;

    public boolean terminal() {
        return this == FILLED || this == CANCELLED || this == EXPIRED || this == REJECTED;
    }
}
