package io.polybot.polymarket.data;

import java.math.BigDecimal;
import java.util.Objects;

/** One row of {@code /v1/leaderboard}: a wallet's rank, volume and PnL in USD over the asked period. */
public record LeaderboardEntry(int rank, String proxyWallet, String userName, String xUsername, boolean verifiedBadge,
        BigDecimal volume, BigDecimal pnl) {
    public LeaderboardEntry {
        Objects.requireNonNull(proxyWallet, "proxyWallet");
        Objects.requireNonNull(volume, "volume");
        Objects.requireNonNull(pnl, "pnl");
    }
}
