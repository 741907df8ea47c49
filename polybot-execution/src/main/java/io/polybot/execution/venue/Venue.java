package io.polybot.execution.venue;

import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderIntent;

import java.time.Instant;

/**
 * Where orders go: the real CLOB, the simulator, or a paper venue. Only execution talks to it.
 * Orders are prepared (built and signed) before they are submitted, so their hash (the venue's
 * order id) is stored before anything leaves the process.
 */
public interface Venue {

    /** The current book of one outcome token; throws {@link VenueException} when it cannot be read. */
    OrderBookSnapshot book(Market market, TokenId token);

    /**
     * Builds and signs the order for an intent. Deterministic for the same intent and creation
     * time, so a retry re-sends the very same order (same hash) instead of a second one.
     */
    PreparedOrder prepare(OrderIntent intent, Market market, Instant createdAt);

    /** Sends a prepared order; never throws for venue answers: see {@link SubmitOutcome}. */
    SubmitOutcome submit(PreparedOrder order);

    /**
     * Cancels every open order of this account at the venue (the kill switch's second layer);
     * throws {@link VenueException} when the venue cannot be reached or refuses.
     */
    CancelAllResult cancelAll();

    /** A signed order ready to send. Implementations carry their own wire form. */
    interface PreparedOrder {
        OrderHash hash();

        OrderIntent intent();
    }
}
