package io.polybot.polymarket.order;

import java.util.Objects;

/**
 * An order with its signature and its EIP-712 hash, which is also the CLOB order id.
 *
 * <p>{@code orderHash} is "0x" + 64 lower-case hex; it may be null only for an order parsed
 * from a body without knowing its exchange domain.
 */
public record SignedClobOrder(ClobOrder order, String signature, String orderHash) {
    public SignedClobOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(signature, "signature");
    }
}
