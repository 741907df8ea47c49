package io.polybot.polymarket.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of a wallet's on-chain history from {@code /activity}: a trade, split, merge, redeem,
 * reward, rebate, deposit, ... ({@code type} as served, e.g. "TRADE", "REDEEM", "MAKER_REBATE").
 *
 * <p>Non-trade rows leave the trade-only fields empty: {@code side}, {@code asset},
 * {@code outcome} are then null and {@code price} may be zero.
 *
 * @param size shares (or the amount for non-trade rows)
 * @param usdcSize collateral value in USD
 */
public record Activity(String proxyWallet, Instant timestamp, String type, String conditionId, BigDecimal size,
        BigDecimal usdcSize, BigDecimal price, TradeSide side, String asset, Integer outcomeIndex, String outcome,
        String transactionHash, String title, String slug, String eventSlug) {
    public Activity {
        Objects.requireNonNull(proxyWallet, "proxyWallet");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(type, "type");
    }

    public boolean isTrade() {
        return "TRADE".equals(type);
    }
}
