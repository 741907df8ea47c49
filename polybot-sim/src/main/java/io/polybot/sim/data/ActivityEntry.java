package io.polybot.sim.data;

import java.math.BigDecimal;

/**
 * A Data API {@code /activity} row (PROTOCOL §6.1). Non-trade rows (REDEEM, DEPOSIT) leave the
 * trade-only fields empty, with {@code outcomeIndex} 999 and {@code price} 0, as the venue does.
 */
public record ActivityEntry(String proxyWallet, long timestamp, String conditionId, String type, BigDecimal size,
                            BigDecimal usdcSize, String transactionHash, BigDecimal price, String asset, String side,
                            int outcomeIndex, String title, String slug, String icon, String eventSlug, String outcome,
                            String name, String pseudonym, String bio, String profileImage, String profileImageOptimized) {}
