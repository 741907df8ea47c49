package io.polybot.core.market;

import io.polybot.core.money.Price;
import io.polybot.core.money.Size;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The book of one outcome token. Bids are held best (highest) first and asks best (lowest)
 * first, whatever order the venue sent (Polymarket's REST book lists the best level last).
 */
public record OrderBookSnapshot(ConditionId market, TokenId token, List<BookLevel> bids, List<BookLevel> asks,
                                BigDecimal tickSize, BigDecimal minOrderSize, Instant eventTime) {
    public OrderBookSnapshot {
        if (market == null || token == null || eventTime == null) throw new IllegalArgumentException("book needs market, token and time");
        bids = bids.stream().sorted(Comparator.comparing(BookLevel::price).reversed()).toList();
        asks = asks.stream().sorted(Comparator.comparing(BookLevel::price)).toList();
    }

    public Optional<Price> bestBid() { return bids.stream().findFirst().map(BookLevel::price); }

    public Optional<Price> bestAsk() { return asks.stream().findFirst().map(BookLevel::price); }

    /** Levels a taker on this side would consume, best first. */
    public List<BookLevel> levelsFor(Side takerSide) { return takerSide == Side.BUY ? asks : bids; }

    /** Shares available to a taker up to (and including) the limit price. */
    public Size depthUpTo(Side takerSide, Price limit) {
        Size total = Size.ZERO;
        for (BookLevel level : levelsFor(takerSide)) {
            boolean within = takerSide == Side.BUY ? level.price().compareTo(limit) <= 0 : level.price().compareTo(limit) >= 0;
            if (!within) break;
            total = total.plus(level.size());
        }
        return total;
    }
}
