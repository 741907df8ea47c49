package io.polybot.store.repo;

import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One row of wallet score history (table {@code wallet_scores}), flat so the store needs no
 * strategy types; the strategy's {@code WalletScore} maps to and from it.
 */
public record WalletScoreRecord(WalletAddress address, Instant computedAt, int trades, int positions, int independentEvents,
                                int wins, BigDecimal winRate, BigDecimal winRateLower, BigDecimal winRateUpper,
                                int rollingPositions, int rollingWins, BigDecimal rollingWinRate, BigDecimal rollingWinRateLower,
                                BigDecimal rollingWinRateUpper, BigDecimal averageEntryPrice, BigDecimal sharpe, BigDecimal kellyFraction,
                                BigDecimal expectedValuePerDollar, Usd realisedPnl, BigDecimal markout1h, int markout1hTrades,
                                BigDecimal markout24h, int markout24hTrades, boolean decayed, BigDecimal score, String linkedGroup,
                                String classification, Map<String, String> classificationEvidence) {
    public WalletScoreRecord {
        if (address == null || computedAt == null) throw new IllegalArgumentException("score record needs an address and a time");
        classificationEvidence = classificationEvidence == null ? Map.of() : Map.copyOf(classificationEvidence);
    }
}
