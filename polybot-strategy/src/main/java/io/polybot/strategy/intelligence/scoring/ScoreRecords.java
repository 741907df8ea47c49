package io.polybot.strategy.intelligence.scoring;

import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.strategy.intelligence.classification.Classification;

/** Maps a {@link WalletScore} and its classification to the store's flat history row. */
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
}
