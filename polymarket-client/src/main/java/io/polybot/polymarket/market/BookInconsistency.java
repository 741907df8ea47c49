package io.polybot.polymarket.market;

import java.util.Objects;

/** Why a {@link LocalOrderBook} stopped trusting itself and asked for a fresh snapshot. */
public record BookInconsistency(String assetId, Kind kind, String detail) {
    /** What was found. */
    public enum Kind {
        /** A delta arrived before any snapshot (or after the book was invalidated). */
        DELTA_BEFORE_SNAPSHOT,
        /** After applying deltas the best bid is at or above the best ask. */
        CROSSED_BOOK,
        /** The venue's best bid/ask sent with a delta differs from the local book's. */
        BEST_PRICE_MISMATCH,
        /** The venue's book hash differs from the one computed locally (only with a {@link BookHasher}). */
        HASH_MISMATCH
    }

    public BookInconsistency {
        Objects.requireNonNull(assetId, "assetId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
