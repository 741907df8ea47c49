package io.polybot.polymarket.data;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An open position from {@code /positions}: a wallet's holding of one outcome token with its
 * cost and mark.
 *
 * @param size shares held
 * @param avgPrice average entry price
 * @param curPrice current mark price
 * @param endDate as served (ISO date or date-time), null when absent
 */
public record Position(String proxyWallet, String asset, String conditionId, BigDecimal size, BigDecimal avgPrice,
        BigDecimal initialValue, BigDecimal currentValue, BigDecimal cashPnl, BigDecimal percentPnl,
        BigDecimal totalBought, BigDecimal realizedPnl, BigDecimal curPrice, boolean redeemable, boolean mergeable,
        String outcome, Integer outcomeIndex, String oppositeOutcome, String oppositeAsset, String title, String slug,
        String eventSlug, String endDate, boolean negativeRisk) {
    public Position {
        Objects.requireNonNull(proxyWallet, "proxyWallet");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(size, "size");
    }
}
