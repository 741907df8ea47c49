package io.polybot.strategy.intelligence.whitelist;

import io.polybot.store.repo.Whale;
import io.polybot.strategy.intelligence.classification.Classification;
import io.polybot.strategy.intelligence.classification.WalletClass;
import io.polybot.strategy.intelligence.scoring.WalletScore;

/**
 * Decides from a fresh score whether a wallet should be on the whitelist (ARCHITECTURE §4:
 * decayed wallets leave, rising ones join). An operator's ban or pin always wins. Without
 * enough sample nothing changes: no evidence is no reason to add or drop. Pure.
 */
public final class WhitelistPolicy {
    private final WhitelistConfig config;

    public WhitelistPolicy(WhitelistConfig config) { this.config = config; }

    /**
     * @param current        the wallet's row, or null when never seen
     * @param classification the wallet's label, or null when not classified
     */
    public WhitelistDecision decide(Whale current, WalletScore score, Classification classification) {
        boolean listed = current != null && current.whitelisted();
        if (current != null && current.banned()) return new WhitelistDecision(score.wallet(), listed, false, "banned by an operator");
        if (current != null && current.pinned()) return new WhitelistDecision(score.wallet(), listed, true, "pinned by an operator");
        if (score.positions() < config.minimumPositions() || score.independentEvents() < config.minimumEvents())
            return new WhitelistDecision(score.wallet(), listed, listed, "sample too small: " + score.positions() + " positions over "
                    + score.independentEvents() + " events, need " + config.minimumPositions() + " over " + config.minimumEvents());
        WalletClass label = classification == null ? WalletClass.UNKNOWN : classification.label();
        if (label == WalletClass.MARKET_MAKER || label == WalletClass.BOT)
            return new WhitelistDecision(score.wallet(), listed, false, "classified " + label + ": " + classification.reason());
        if (score.decayed())
            return new WhitelistDecision(score.wallet(), listed, false, "decayed: rolling win rate " + score.rolling().rate().toPlainString()
                    + " vs lifetime " + score.lifetime().rate().toPlainString());
        if (score.expectedValuePerDollar().signum() <= 0)
            return new WhitelistDecision(score.wallet(), listed, false, "expected value after fees " + score.expectedValuePerDollar().toPlainString() + " per dollar");
        String figures = figures(score);
        if (listed) {
            return score.score().compareTo(config.leaveScore()) < 0
                    ? new WhitelistDecision(score.wallet(), true, false, "score fell below " + config.leaveScore().toPlainString() + ": " + figures)
                    : new WhitelistDecision(score.wallet(), true, true, "still qualifies: " + figures);
        }
        return score.score().compareTo(config.joinScore()) >= 0
                ? new WhitelistDecision(score.wallet(), false, true, "qualified: " + figures)
                : new WhitelistDecision(score.wallet(), false, false, "score below " + config.joinScore().toPlainString() + ": " + figures);
    }

    private static String figures(WalletScore s) {
        return "score " + s.score().toPlainString() + ", win rate " + s.lifetime().rate().toPlainString() + " [" + s.lifetime().lower().toPlainString()
                + ", " + s.lifetime().upper().toPlainString() + "] over " + s.positions() + " positions / " + s.independentEvents()
                + " events, EV " + s.expectedValuePerDollar().toPlainString() + "/$";
    }
}
