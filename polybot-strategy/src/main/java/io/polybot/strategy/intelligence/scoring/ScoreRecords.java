package io.polybot.strategy.intelligence.scoring;

import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.strategy.intelligence.classification.Classification;


/** Maps a {@link WalletScore} and its classification to the store's flat history row, and back. */
public final class ScoreRecords {
    private ScoreRecords() {}

    public static WalletScoreRecord toRecord(WalletScore s, Classification label) {
        return new WalletScoreRecord(s.wallet(), s.computedAt(), s.trades(), s.positions(), s.independentEvents(),
                s.lifetime().wins(), s.lifetime().rate(), s.lifetime().lower(), s.lifetime().upper(),
                s.rolling().sample(), s.rolling().wins(), s.rolling().rate(), s.rolling().lower(), s.rolling().upper(),
                s.averageEntryPrice(), s.sharpe(), s.kelly(), s.expectedValuePerDollar(), s.realisedPnl(),
                s.markout1h().average(), s.markout1h().sample(), s.markout24h().average(), s.markout24h().sample(),
                s.decayed(), s.score(), s.linkedGroup(), label == null ? null : label.label().name(),
                label == null ? null : label.evidence().asMap());
    }

    /** The score a history row holds (its classification stays in the row). */
    public static WalletScore fromRecord(WalletScoreRecord r) {
        WinRate lifetime = new WinRate(r.wins(), r.positions(), r.winRate(), r.winRateLower(), r.winRateUpper());
        WinRate rolling = new WinRate(r.rollingWins(), r.rollingPositions(), r.rollingWinRate(), r.rollingWinRateLower(), r.rollingWinRateUpper());
        return new WalletScore(r.address(), r.computedAt(), r.trades(), r.positions(), r.independentEvents(), lifetime, rolling,
                r.averageEntryPrice(), r.sharpe(), r.kellyFraction(), r.expectedValuePerDollar(), r.realisedPnl(),
                new Markout(WalletScorer.ONE_HOUR, r.markout1h(), r.markout1hTrades()),
                new Markout(WalletScorer.ONE_DAY, r.markout24h(), r.markout24hTrades()), r.decayed(), r.score(), r.linkedGroup());
    }
}
