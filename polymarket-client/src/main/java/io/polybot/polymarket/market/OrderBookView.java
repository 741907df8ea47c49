package io.polybot.polymarket.market;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An immutable copy of a {@link LocalOrderBook}: levels best first, the venue time of the last
 * applied update, and whether the book is live (false while it waits for a snapshot).
 */
public record OrderBookView(String assetId, List<BookLevel> bids, List<BookLevel> asks, Instant updatedAt, boolean live) {
    public OrderBookView {
        Objects.requireNonNull(assetId, "assetId");
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    public BookLevel bestBid() {
        return bids.isEmpty() ? null : bids.getFirst();
    }

    public BookLevel bestAsk() {
        return asks.isEmpty() ? null : asks.getFirst();
    }
}
