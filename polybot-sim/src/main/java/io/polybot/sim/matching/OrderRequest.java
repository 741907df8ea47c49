package io.polybot.sim.matching;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * An order as the engine sees it: a limit price and a size in shares, whatever the wire format was.
 *
 * @param orderId    the venue order id (the EIP-712 order hash for signed orders)
 * @param account    the funding wallet (the signed order's {@code maker})
 * @param owner      the API key that placed it, or empty for the simulated wallets
 * @param expiration when a GTD order leaves the book; empty for every other type
 */
public record OrderRequest(String orderId, WalletAddress account, String owner, TokenId token, Side side,
                           BigDecimal price, BigDecimal size, TimeInForce timeInForce, Optional<Instant> expiration) {
    public OrderRequest {
        if (orderId == null || orderId.isBlank() || account == null || token == null || side == null || timeInForce == null)
            throw new IllegalArgumentException("order request is missing a required field");
        if (price == null || size == null) throw new IllegalArgumentException("order request needs price and size");
        if (size.signum() <= 0) throw new IllegalArgumentException("order size must be > 0, was " + size.toPlainString());
        if (owner == null) owner = "";
        if (expiration == null) expiration = Optional.empty();
    }

    /** An order without expiry (GTC, FOK, FAK). */
    public OrderRequest(String orderId, WalletAddress account, String owner, TokenId token, Side side,
                        BigDecimal price, BigDecimal size, TimeInForce timeInForce) {
        this(orderId, account, owner, token, side, price, size, timeInForce, Optional.empty());
    }

    /** Collateral a BUY commits at its limit price. */
    public BigDecimal notionalAtLimit() { return price.multiply(size); }
}
