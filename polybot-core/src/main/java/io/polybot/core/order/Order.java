package io.polybot.core.order;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.signal.SignalId;

import java.time.Instant;

/** Our order as tracked by execution; immutable, each change is a new value. */
public record Order(OrderHash hash, SignalId signalId, ConditionId market, TokenId token, Side side, Price price,
                    Size size, Size filled, OrderStatus status, TimeInForce timeInForce, String statusReason,
                    Instant createdAt, Instant updatedAt) {
    public Order {
        if (hash == null || signalId == null || market == null || token == null || side == null || price == null
                || size == null || filled == null || status == null || timeInForce == null || createdAt == null || updatedAt == null)
            throw new IllegalArgumentException("order is missing a required field");
    }

    public Order with(OrderStatus newStatus, Size newFilled, String reason, Instant at) {
        return new Order(hash, signalId, market, token, side, price, size, newFilled, newStatus, timeInForce, reason, createdAt, at);
    }

    public Size remaining() { return size.minus(filled.min(size)); }
}
