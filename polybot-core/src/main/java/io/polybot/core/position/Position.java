package io.polybot.core.position;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Our holding of one outcome token. Outcome tokens cannot be shorted on Polymarket, so a
 * position is a long share count with its cost; selling realises PnL at the average entry.
 */
public record Position(ConditionId market, TokenId token, String outcome, Size size, Usd costBasis,
                       Usd realizedPnl, Usd fees, Instant updatedAt) {
    private static final MathContext PRICE_PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    public Position {
        if (market == null || token == null || size == null || costBasis == null || realizedPnl == null || fees == null || updatedAt == null)
            throw new IllegalArgumentException("position is missing a required field");
    }

    public static Position flat(ConditionId market, TokenId token, String outcome, Instant at) {
        return new Position(market, token, outcome, Size.ZERO, Usd.ZERO, Usd.ZERO, Usd.ZERO, at);
    }

    /** Average entry price per share, or zero when flat. */
    public BigDecimal averageEntry() {
        return size.isZero() ? BigDecimal.ZERO : costBasis.amount().divide(size.shares(), PRICE_PRECISION);
    }

    /** The position after one of our fills in this token. */
    public Position apply(Fill fill) {
        if (!fill.token().equals(token)) throw new IllegalArgumentException("fill for " + fill.token() + " applied to position in " + token);
        Usd newFees = fees.plus(fill.fee());
        if (fill.side() == Side.BUY) {
            return new Position(market, token, outcome, size.plus(fill.size()), costBasis.plus(fill.notional()),
                    realizedPnl.minus(fill.fee()), newFees, fill.eventTime());
        }
        if (fill.size().compareTo(size) > 0)
            throw new IllegalArgumentException("sell of " + fill.size() + " exceeds position of " + size + " in " + token);
        // Cost leaves at the average entry; the difference to the sale proceeds is realised. Closing takes the
        // whole cost out, so rounding of the average entry never leaves PnL behind.
        Size remaining = size.minus(fill.size());
        Usd costOut = remaining.isZero() ? costBasis : new Usd(averageEntry().multiply(fill.size().shares()));
        Usd remainingCost = costBasis.minus(costOut);
        Usd realised = fill.notional().minus(costOut).minus(fill.fee());
        return new Position(market, token, outcome, remaining, remainingCost, realizedPnl.plus(realised), newFees, fill.eventTime());
    }

    /** Mark-to-market value at the given price. */
    public Usd marketValue(BigDecimal price) { return new Usd(size.shares().multiply(price)); }

    public Usd unrealizedPnl(BigDecimal price) { return marketValue(price).minus(costBasis); }
}
