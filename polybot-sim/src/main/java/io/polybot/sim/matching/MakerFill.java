package io.polybot.sim.matching;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;

/**
 * The part of a trade filled against one resting order, at that order's price. {@code token} is the
 * maker order's token: the taker's own, or its complement when the fill minted or merged a pair.
 */
public record MakerFill(String orderId, WalletAddress maker, String owner, Side side, BigDecimal price, BigDecimal size,
                        TokenId token) {
    public BigDecimal notional() { return price.multiply(size); }
}
