package io.polybot.polymarket.clob;

import java.math.BigDecimal;

/**
 * Rewards earned on one day ({@code /rewards/user}: per market; {@code /rewards/user/total}:
 * summed, {@code conditionId} null). {@code assetRate} is the paid asset's rate as served.
 */
public record UserEarning(String date, String conditionId, String assetAddress, String makerAddress,
        BigDecimal earnings, BigDecimal assetRate) {}
