package io.polybot.store.repo;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A wallet as the dashboard lists it: whitelist state from {@code whales}, figures from its latest
 * {@code wallet_scores} row (the {@code whales} score columns when it has no history). Figures are
 * null until the wallet has been scored.
 *
 * @param classification lower case: informed, market_maker, bot or unknown
 */
public record WhaleSummary(String address, String label, String classification, BigDecimal score, BigDecimal sharpe,
                           BigDecimal winRate, BigDecimal winRateLower, BigDecimal winRateUpper, BigDecimal rollingWinRate,
                           BigDecimal kelly, BigDecimal evPerDollar, BigDecimal markout1h, BigDecimal markout24h, int positions,
                           int trades, boolean decayed, String linkedGroup, boolean whitelisted, boolean pinned, boolean banned,
                           Instant scoredAt) {}
