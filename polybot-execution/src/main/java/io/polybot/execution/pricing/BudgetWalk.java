package io.polybot.execution.pricing;

import io.polybot.core.market.BookLevel;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Walks the asks with a dollar budget: how many shares it buys, up to a limit price, without spending more. */
public final class BudgetWalk {
    /** Polymarket sizes carry two decimals (the official client rounds sizes down to 2 places). */
    public static final int SIZE_DECIMALS = 2;

    private BudgetWalk() {}

    public static Optional<BookWalk> buy(OrderBookSnapshot book, Usd budget, Price limit) {
        Size filled = Size.ZERO;
        Usd cost = Usd.ZERO;
        Price worst = null;
        for (BookLevel level : book.asks()) {
            if (level.price().compareTo(limit) > 0) break;
            BigDecimal remaining = budget.amount().subtract(cost.amount());
            BigDecimal affordable = remaining.divide(level.price().value(), SIZE_DECIMALS, RoundingMode.DOWN);
            Size take = level.size().min(new Size(affordable.max(BigDecimal.ZERO)));
            if (take.isZero()) break;
            filled = filled.plus(take);
            cost = cost.plus(level.price().notional(take));
            worst = level.price();
        }
        return filled.isZero() ? Optional.empty() : Optional.of(new BookWalk(filled, cost, worst));
    }
}
