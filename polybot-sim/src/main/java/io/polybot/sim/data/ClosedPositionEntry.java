package io.polybot.sim.data;

import java.math.BigDecimal;

/**
 * A Data API {@code /closed-positions} row: one outcome a wallet bought in a resolved market, with
 * its profit after sales and redemption ({@code curPrice} 1 for the winner, 0 for the loser).
 */
public record ClosedPositionEntry(String proxyWallet, String asset, String conditionId, BigDecimal avgPrice,
                                  BigDecimal totalBought, BigDecimal realizedPnl, BigDecimal curPrice, long timestamp,
                                  String title, String slug, String icon, String eventSlug, String outcome, int outcomeIndex,
                                  String oppositeOutcome, String oppositeAsset, String endDate) {}
