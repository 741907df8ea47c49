package io.polybot.sim.matching;

import io.polybot.core.market.Side;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/** Resting orders of one outcome token in price-time priority: best price first, oldest first within a price. */
final class OrderBook {
    private final NavigableMap<BigDecimal, Deque<RestingOrder>> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<BigDecimal, Deque<RestingOrder>> asks = new TreeMap<>();

    private NavigableMap<BigDecimal, Deque<RestingOrder>> side(Side side) { return side == Side.BUY ? bids : asks; }

    void add(RestingOrder order) {
        side(order.request.side()).computeIfAbsent(order.price(), p -> new ArrayDeque<>()).addLast(order);
    }

    void remove(RestingOrder order) {
        NavigableMap<BigDecimal, Deque<RestingOrder>> levels = side(order.request.side());
        Deque<RestingOrder> level = levels.get(order.price());
        if (level == null) return;
        level.remove(order);
        if (level.isEmpty()) levels.remove(order.price());
    }

    /** The oldest order at the best price a taker on {@code takerSide} could trade with at {@code limit}, if any. */
    Optional<RestingOrder> bestMatch(Side takerSide, BigDecimal limit) {
        NavigableMap<BigDecimal, Deque<RestingOrder>> opposite = side(takerSide.opposite());
        if (opposite.isEmpty()) return Optional.empty();
        Map.Entry<BigDecimal, Deque<RestingOrder>> best = opposite.firstEntry();
        return crosses(takerSide, limit, best.getKey()) ? Optional.of(best.getValue().peekFirst()) : Optional.empty();
    }

    /**
     * Shares a taker on {@code takerSide} could fill right now without going past {@code limit}, counted
     * only until they reach {@code enough}: a FOK or FAK check needs no more, and a deep book is not walked.
     */
    BigDecimal depthUpTo(Side takerSide, BigDecimal limit, BigDecimal enough) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<BigDecimal, Deque<RestingOrder>> level : side(takerSide.opposite()).entrySet()) {
            if (!crosses(takerSide, limit, level.getKey())) break;
            for (RestingOrder order : level.getValue()) {
                total = total.add(order.remaining());
                if (total.compareTo(enough) >= 0) return total;
            }
        }
        return total;
    }

    /** Total remaining shares resting at one price on one side (zero if the level is empty). */
    BigDecimal levelSize(Side side, BigDecimal price) {
        Deque<RestingOrder> level = side(side).get(price);
        if (level == null) return BigDecimal.ZERO;
        BigDecimal size = BigDecimal.ZERO;
        for (RestingOrder order : level) size = size.add(order.remaining());
        return size;
    }

    /** Best price on one side: the highest bid or the lowest ask. */
    Optional<BigDecimal> best(Side side) {
        NavigableMap<BigDecimal, Deque<RestingOrder>> levels = side(side);
        return levels.isEmpty() ? Optional.empty() : Optional.of(levels.firstKey());
    }

    /** Aggregated levels of one side, best first. */
    List<BookDepth.Level> levels(Side side) {
        List<BookDepth.Level> out = new ArrayList<>();
        for (Map.Entry<BigDecimal, Deque<RestingOrder>> level : side(side).entrySet()) {
            BigDecimal size = BigDecimal.ZERO;
            for (RestingOrder order : level.getValue()) size = size.add(order.remaining());
            out.add(new BookDepth.Level(level.getKey(), size));
        }
        return out;
    }

    private static boolean crosses(Side takerSide, BigDecimal limit, BigDecimal makerPrice) {
        return takerSide == Side.BUY ? makerPrice.compareTo(limit) <= 0 : makerPrice.compareTo(limit) >= 0;
    }
}
