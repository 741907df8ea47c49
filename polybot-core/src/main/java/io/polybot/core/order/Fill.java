package io.polybot.core.order;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;

import java.time.Instant;

/** A (partial) execution of one of our orders. {@code tradeId} is the venue's trade id, unique per fill. */
public record Fill(String tradeId, OrderHash orderHash, ConditionId market, TokenId token, Side side, Price price,
                   Size size, Usd fee, Instant eventTime) {
    public Fill {
        if (tradeId == null || orderHash == null || market == null || token == null || side == null || price == null || size == null || eventTime == null)
            throw new IllegalArgumentException("fill is missing a required field");
        if (fee == null) fee = Usd.ZERO;
    }

    public Usd notional() { return price.notional(size); }
}
