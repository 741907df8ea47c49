package io.polybot.execution.venue;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.order.OrderHash;

import java.time.Instant;

/**
 * What the venue reports about our orders, in trader words: an order's state, or a trade that
 * filled one of them. The user channel and the polling fallback both produce these, so the
 * tracker applies one kind of input whatever its source.
 */
public sealed interface VenueEvent {
    OrderHash hash();

    /**
     * An order as the venue sees it now.
     *
     * @param matched shares filled so far at the venue (fills themselves arrive as {@link TradeReport}s)
     */
    record OrderUpdate(OrderHash hash, VenueOrderState state, TokenId token, Size originalSize, Size matched, Instant eventTime)
            implements VenueEvent {}

    /**
     * One trade that filled one of our orders, from our order's point of view (taker or maker).
     * The venue re-sends a trade with the same id on each settlement step.
     */
    record TradeReport(String tradeId, OrderHash hash, TokenId token, Side side, Price price, Size size, SettlementState settlement,
                       Instant eventTime) implements VenueEvent {}

    /** An order's state at the venue. */
    enum VenueOrderState {
        /** Resting on the book. */
        LIVE,
        /** Filled, fully or as far as it will go. */
        MATCHED,
        /** Queued by the venue's market delay. */
        DELAYED,
        CANCELLED,
        /** Never took effect (unmatched, invalid). */
        REJECTED,
        /** A status this version does not know: nothing is concluded from it. */
        OTHER
    }

    /** Settlement of a trade on chain: final only when CONFIRMED; FAILED undoes it. */
    enum SettlementState { MATCHED, MINED, CONFIRMED, RETRYING, FAILED }
}
