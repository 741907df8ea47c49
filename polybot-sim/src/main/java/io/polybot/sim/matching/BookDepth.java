package io.polybot.sim.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Aggregated levels of one token's book, best first on each side (the API reverses them: the
 * venue lists the best level last).
 */
public record BookDepth(TokenRules rules, List<Level> bids, List<Level> asks, Optional<BigDecimal> lastTradePrice, Instant time) {
    public record Level(BigDecimal price, BigDecimal size) {}

    public BookDepth {
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
    }

    public Optional<BigDecimal> bestBid() { return bids.stream().findFirst().map(Level::price); }

    public Optional<BigDecimal> bestAsk() { return asks.stream().findFirst().map(Level::price); }
}
