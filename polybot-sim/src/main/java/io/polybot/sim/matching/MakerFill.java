package io.polybot.sim.matching;

import io.polybot.core.market.Side;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;

/** The part of a trade filled against one resting order, at that order's price. */
public record MakerFill(String orderId, WalletAddress maker, String owner, Side side, BigDecimal price, BigDecimal size) {
    public BigDecimal notional() { return price.multiply(size); }
}
