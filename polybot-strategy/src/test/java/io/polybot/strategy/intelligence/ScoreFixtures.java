package io.polybot.strategy.intelligence;

import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.strategy.intelligence.scoring.Markout;
import io.polybot.strategy.intelligence.scoring.WalletScore;
import io.polybot.strategy.intelligence.scoring.WinRate;

import java.math.BigDecimal;
import java.time.Duration;

/** Hand-made scores for policy and strategy tests. */
public final class ScoreFixtures {
    private ScoreFixtures() {}

    /** A wallet with {@code positions} positions over {@code events} events, the given score and EV, decayed or not. */
    public static WalletScore score(WalletAddress wallet, int positions, int events, String score, String ev, boolean decayed) {
        WinRate lifetime = new WinRate(positions * 7 / 10, positions, new BigDecimal("0.7"), new BigDecimal("0.62"), new BigDecimal("0.77"));
        WinRate rolling = decayed ? new WinRate(2, 10, new BigDecimal("0.2"), new BigDecimal("0.06"), new BigDecimal("0.51")) : lifetime;
        Markout none = new Markout(Duration.ofHours(1), BigDecimal.ZERO, 0);
        return new WalletScore(wallet, IntelligenceFixtures.T0, positions * 2, positions, events, lifetime, rolling, new BigDecimal("0.55"),
                new BigDecimal("0.4"), new BigDecimal("0.33"), new BigDecimal(ev), Usd.of("1000"), none, none, decayed, new BigDecimal(score), null);
    }
}
