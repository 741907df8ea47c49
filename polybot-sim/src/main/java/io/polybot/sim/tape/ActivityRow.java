package io.polybot.sim.tape;

import java.math.BigDecimal;

/**
 * One wallet's side of a trade as the public feeds show it: a Data API {@code /trades} row and
 * the RTDS {@code activity/trades} payload (size and price are JSON numbers, timestamp in seconds).
 */
public record ActivityRow(String proxyWallet, String side, String asset, String conditionId, BigDecimal size,
                          BigDecimal price, long timestamp, String title, String slug, String icon, String eventSlug,
                          String outcome, int outcomeIndex, String name, String pseudonym, String bio,
                          String profileImage, String profileImageOptimized, String transactionHash) {}
