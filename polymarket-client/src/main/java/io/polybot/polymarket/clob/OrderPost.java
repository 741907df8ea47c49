package io.polybot.polymarket.clob;

import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.SignedClobOrder;
import java.util.Objects;

/** One signed order of a {@code POST /orders} batch with its order type and flags. */
public record OrderPost(SignedClobOrder order, OrderType type, boolean postOnly, boolean deferExec) {
    public OrderPost {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(type, "type");
        if (postOnly && (type == OrderType.FOK || type == OrderType.FAK))
            throw new IllegalArgumentException("postOnly is only allowed with GTC and GTD orders, not " + type);
    }

    public static OrderPost of(SignedClobOrder order, OrderType type) {
        return new OrderPost(order, type, false, false);
    }
}
