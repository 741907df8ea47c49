package io.polybot.core.order;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.signal.SignalId;

/** What execution decided to send for a signal, after sizing and risk, before signing. */
public record OrderIntent(SignalId signalId, ConditionId market, TokenId token, Side side, Price limitPrice,
                          Size size, TimeInForce timeInForce) {
    public OrderIntent {
        if (signalId == null || market == null || token == null || side == null || limitPrice == null || size == null || timeInForce == null)
            throw new IllegalArgumentException("order intent is missing a required field");
        if (size.isZero()) throw new IllegalArgumentException("order size must be > 0");
    }
}
