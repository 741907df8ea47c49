package io.polybot.execution.venue;

import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderHash;

import java.util.List;

/**
 * What came of sending an order. <em>Rejected</em>: the venue said no. <em>Unknown</em>: timeout,
 * 5xx or a dropped connection; the order may be live, so it is resolved by hash, never re-signed.
 */
public sealed interface SubmitOutcome {
    OrderHash hash();

    /** The venue took the order; {@code filled}/{@code filledNotional} is what matched at placement. */
    record Accepted(OrderHash hash, VenueOrderStatus status, Size filled, Usd filledNotional, List<String> tradeIds)
            implements SubmitOutcome {
        public Accepted { tradeIds = List.copyOf(tradeIds); }
    }

    record Rejected(OrderHash hash, String message) implements SubmitOutcome {}

    record Unknown(OrderHash hash, String cause) implements SubmitOutcome {}

    /** The venue's word for an accepted order's state at placement. */
    enum VenueOrderStatus { LIVE, MATCHED, DELAYED }
}
