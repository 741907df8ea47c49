package io.polybot.sim.matching;

import java.util.Optional;

/** What happened to an order at placement. */
public sealed interface PlaceResult {
    /** Taken: it rests ({@code LIVE}), or it traded at placement ({@code MATCHED}, maybe resting the rest). */
    record Accepted(OpenOrder order, Optional<Trade> trade) implements PlaceResult {
        public boolean matched() { return trade.isPresent(); }
    }

    /** Refused before touching the book or any balance; {@code message} is the venue's error text. */
    record Rejected(RejectReason reason, String message) implements PlaceResult {}
}
