package io.polybot.polymarket.clob;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the venue said about a posted order (STYLE.md "Typed outcomes").
 *
 * <p>{@link Unknown} means no answer could be trusted (timeout, dropped connection, 5xx,
 * unreadable reply): the order may be live. Never re-sign it; find it by its hash.
 */
public sealed interface PostOrderResult {
    /** The order id (= EIP-712 order hash). */
    String orderId();

    /** The venue took the order; {@code status} is live, matched or delayed. */
    record Accepted(String orderId, String status, BigDecimal makingAmount, BigDecimal takingAmount,
            List<String> tradeIds) implements PostOrderResult {
        public Accepted {
            Objects.requireNonNull(orderId, "orderId");
            Objects.requireNonNull(status, "status");
            tradeIds = List.copyOf(tradeIds);
        }
    }

    /** The venue refused the order (4xx, or {@code success:false} / an error message). */
    record Rejected(String orderId, int httpStatus, String message) implements PostOrderResult {}

    /** The outcome is not known; the order may be live. */
    record Unknown(String orderId, Throwable cause) implements PostOrderResult {}
}
