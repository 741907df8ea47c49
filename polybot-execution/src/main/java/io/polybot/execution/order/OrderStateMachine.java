package io.polybot.execution.order;

import io.polybot.core.order.OrderStatus;

import static io.polybot.core.order.OrderStatus.*;

/**
 * The order lifecycle of ARCHITECTURE §5 as one table. Terminal states accept nothing; a fill may
 * arrive while an order is UNKNOWN or DELAYED (the venue held it after all), and that resolves it.
 */
public final class OrderStateMachine {
    private OrderStateMachine() {}

    public static OrderStatus next(OrderStatus from, OrderEvent event) {
        return switch (from) {
            case NEW -> switch (event) {
                case SUBMIT -> SUBMITTED;
                case VENUE_REJECT -> REJECTED; // refused before it left, e.g. could not be signed
                default -> throw illegal(from, event);
            };
            case SUBMITTED -> switch (event) {
                case VENUE_ACK -> LIVE;
                case VENUE_MATCHED -> MATCHED;
                case VENUE_DELAYED -> DELAYED;
                case VENUE_REJECT -> REJECTED;
                case NO_ANSWER -> UNKNOWN; // not REJECTED: the venue may hold it
                case PARTIAL_FILL -> PARTIALLY_FILLED;
                case FULL_FILL -> FILLED;
                default -> throw illegal(from, event);
            };
            case LIVE, MATCHED, DELAYED, UNKNOWN, PARTIALLY_FILLED -> switch (event) {
                case VENUE_ACK -> from == UNKNOWN || from == DELAYED ? LIVE : from;
                case VENUE_MATCHED -> from == PARTIALLY_FILLED ? PARTIALLY_FILLED : MATCHED;
                case PARTIAL_FILL -> PARTIALLY_FILLED;
                case FULL_FILL -> FILLED;
                case CANCEL -> CANCELLED;
                case EXPIRE -> EXPIRED;
                case VENUE_REJECT -> {
                    // Only an order the venue may never have seen (UNKNOWN, DELAYED) can turn out rejected.
                    if (from != UNKNOWN && from != DELAYED) throw illegal(from, event);
                    yield REJECTED;
                }
                default -> throw illegal(from, event);
            };
            case FILLED, CANCELLED, EXPIRED, REJECTED -> throw illegal(from, event);
        };
    }

    /** Whether an order in {@code from} can take {@code event}. */
    public static boolean accepts(OrderStatus from, OrderEvent event) {
        try {
            next(from, event);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static IllegalStateException illegal(OrderStatus from, OrderEvent event) {
        return new IllegalStateException("order in " + from + " cannot take " + event);
    }
}
