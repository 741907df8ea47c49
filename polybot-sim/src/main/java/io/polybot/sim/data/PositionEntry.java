package io.polybot.sim.data;

import java.math.BigDecimal;

/** A Data API {@code /positions} row (PROTOCOL §6.1): shares held now, their cost and value. */
public record PositionEntry(String proxyWallet, String asset, String conditionId, BigDecimal size, BigDecimal avgPrice,
                            BigDecimal initialValue, BigDecimal currentValue, BigDecimal cashPnl, BigDecimal percentPnl,
                            BigDecimal totalBought, BigDecimal realizedPnl, BigDecimal percentRealizedPnl, BigDecimal curPrice,
                            boolean redeemable, boolean mergeable, String title, String slug, String icon, String eventSlug,
                            String outcome, int outcomeIndex, String oppositeOutcome, String oppositeAsset, String endDate,
                            boolean negativeRisk) {}
