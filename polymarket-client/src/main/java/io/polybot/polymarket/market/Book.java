package io.polybot.polymarket.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A {@code book} message: the full book of one asset, replacing any local copy.
 *
 * <p>Levels are sorted best first whatever order the venue used (bids descending, asks
 * ascending; the venue sends best last, its docs say otherwise). {@code hash}, {@code tickSize},
 * {@code lastTradePrice}, {@code minOrderSize} and {@code negRisk} are null when not sent.
 */
public record Book(
        String market,
        String assetId,
        Instant eventTime,
        List<BookLevel> bids,
        List<BookLevel> asks,
        String hash,
        BigDecimal tickSize,
        BigDecimal lastTradePrice,
        BigDecimal minOrderSize,
        Boolean negRisk) implements MarketMessage {

    private static final Comparator<BookLevel> ASCENDING = Comparator.comparing(BookLevel::price);

    public Book {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        bids = sorted(bids, ASCENDING.reversed());
        asks = sorted(asks, ASCENDING);
    }

    /** The highest bid, or null when there is none. */
    public BookLevel bestBid() {
        return bids.isEmpty() ? null : bids.getFirst();
    }

    /** The lowest ask, or null when there is none. */
    public BookLevel bestAsk() {
        return asks.isEmpty() ? null : asks.getFirst();
    }

    private static List<BookLevel> sorted(List<BookLevel> levels, Comparator<BookLevel> order) {
        List<BookLevel> copy = new ArrayList<>(levels);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
