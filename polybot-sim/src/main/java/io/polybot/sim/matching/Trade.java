package io.polybot.sim.matching;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * One taker order's execution against one or more resting orders, as the CLOB reports it: side,
 * size and price are the taker's; each maker's part is in {@link #makerFills}.
 *
 * @param sequence engine-wide order of execution (newest has the highest)
 * @param notional collateral the taker exchanged before fees, exact: maker price x size for a
 *                 direct fill, (1 - maker price) x size for a minted or merged pair
 * @param fee      pUSD the taker paid in fees (on top of a BUY's notional, out of a SELL's proceeds)
 */
public record Trade(String id, long sequence, ConditionId market, TokenId token, String outcome, int outcomeIndex,
                    Side side, BigDecimal size, BigDecimal notional, String takerOrderId, WalletAddress taker,
                    String takerOwner, List<MakerFill> makerFills, Instant matchTime, String transactionHash,
                    BigDecimal fee) {
    /** Average prices are shown with at most this many decimals (the collateral's precision). */
    private static final int PRICE_DECIMALS = 6;

    public Trade {
        if (makerFills == null || makerFills.isEmpty()) throw new IllegalArgumentException("a trade needs at least one maker fill");
        makerFills = List.copyOf(makerFills);
        if (fee == null) fee = BigDecimal.ZERO;
    }

    /** Volume-weighted price the taker paid or received. */
    public BigDecimal price() {
        return notional.divide(size, PRICE_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    /** The fee as basis points of the notional, as the venue's {@code fee_rate_bps} strings show it. */
    public BigDecimal feeRateBps() {
        if (fee.signum() == 0) return BigDecimal.ZERO;
        return fee.movePointRight(4).divide(notional, 2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    public boolean involves(WalletAddress account) {
        return taker.equals(account) || makerFills.stream().anyMatch(f -> f.maker().equals(account));
    }
}
