package io.polybot.execution.pricing;

import io.polybot.core.market.BookLevel;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The result of walking a book for a taker order: how much of the wanted size the levels up to a
 * limit price can fill, at what volume-weighted price, and the worst level touched.
 */
public record BookWalk(Size fillable, Usd cost, Price worstPrice) {
    private static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    /** Volume-weighted average price of what is fillable. */
    public BigDecimal vwap() { return cost.amount().divide(fillable.shares(), PRECISION); }

    /** Walks levels best first until {@code wanted} is covered or the next level lies beyond {@code limit}. */
    public static Optional<BookWalk> walk(OrderBookSnapshot book, Side takerSide, Size wanted, Price limit) {
        Size filled = Size.ZERO;
        Usd cost = Usd.ZERO;
        Price worst = null;
        for (BookLevel take : takes(book, takerSide, wanted, limit)) {
            filled = filled.plus(take.size());
            cost = cost.plus(take.price().notional(take.size()));
            worst = take.price();
        }
        return filled.isZero() ? Optional.empty() : Optional.of(new BookWalk(filled, cost, worst));
    }

    /** What a taker takes, level by level, best first: each level's price and the size taken there (the last one cut). */
    public static List<BookLevel> takes(OrderBookSnapshot book, Side takerSide, Size wanted, Price limit) {
        List<BookLevel> out = new ArrayList<>(2);
        Size left = wanted;
        for (BookLevel level : book.levelsFor(takerSide)) {
            if (left.isZero()) break;
            boolean within = takerSide == Side.BUY ? level.price().compareTo(limit) <= 0 : level.price().compareTo(limit) >= 0;
            if (!within) break;
            Size take = level.size().min(left);
            out.add(new BookLevel(level.price(), take));
            left = left.minus(take);
        }
        return out;
    }
}
