package io.polybot.sim.matching;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Immutable view of an order at one moment, for the API and for tests. */
public record OpenOrder(String orderId, WalletAddress account, String owner, ConditionId market, TokenId token,
                        String outcome, Side side, BigDecimal price, BigDecimal originalSize, BigDecimal sizeMatched,
                        TimeInForce timeInForce, OrderState state, Instant createdAt, List<String> tradeIds,
                        Optional<Instant> expiration) {
    public OpenOrder {
        tradeIds = List.copyOf(tradeIds);
    }

    public BigDecimal remaining() { return originalSize.subtract(sizeMatched); }
}
