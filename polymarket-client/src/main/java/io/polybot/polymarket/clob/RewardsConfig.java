package io.polybot.polymarket.clob;

import java.math.BigDecimal;

/** One liquidity-reward program of a market: the asset paid, its dates (as served) and daily rate. */
public record RewardsConfig(String assetAddress, String startDate, String endDate, BigDecimal ratePerDay, BigDecimal totalRewards) {}
