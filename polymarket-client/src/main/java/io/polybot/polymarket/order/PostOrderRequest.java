package io.polybot.polymarket.order;

import java.util.Objects;

/** A parsed {@code POST /order} body: the signed order and its envelope. */
public record PostOrderRequest(
        SignedClobOrder order, String owner, OrderType orderType, boolean postOnly, boolean deferExec) {
    public PostOrderRequest {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(orderType, "orderType");
    }
}
