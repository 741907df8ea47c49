package io.polybot.app.wallets;

import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.strategy.intelligence.classification.ClassifierThresholds;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CopyRankingTest {
    static final ClassifierThresholds LIMITS = ClassifierThresholds.defaults();

    /** A unit of one wallet with the given label, score and early-window evidence. */
    static CopyRanking.Unit unit(int n, String label, String score, String twoSidedness, String closingLineT) {
        WalletAddress wallet = new WalletAddress(String.format("0x%040x", n));
        var record = new WalletScoreRecord(wallet, Instant.EPOCH, 20, 5, 5, 3, null, null, null, 5, 3, null, null, null, null, null, null,
                new BigDecimal("0.1"), Usd.of("10"), null, 0, null, 0, false, new BigDecimal(score), null, label,
                Map.of("twoSidedness", twoSidedness, "heldToResolution", "1.000000", "closingLineT", closingLineT));
        return new CopyRanking.Unit("u" + n, List.of(wallet), record);
    }

    /** Ten units, so the decile is one: nine noise units that score well on results, plus {@code extra}. */
    static List<CopyRanking.Unit> withNoise(CopyRanking.Unit extra) {
        List<CopyRanking.Unit> ranked = new ArrayList<>();
        for (int i = 1; i <= 9; i++) ranked.add(unit(i, "UNKNOWN", "0." + i, "0.500000", "-0.500000"));
        ranked.add(extra);
        return ranked;
    }

    @Test void anInformedUnitIsPickedBeforeBetterResults() {
        CopyRanking.Unit informed = unit(10, "INFORMED", "-0.4", "0.000000", "2.000000");
        assertThat(CopyRanking.topDecile(withNoise(informed), 10, LIMITS)).containsExactly(informed);
    }

    @Test void withoutAnInformedLabelAOneWayHolderTheLineFollowsIsPickedBeforeBetterResults() {
        CopyRanking.Unit leaning = unit(10, "UNKNOWN", "-0.3", "0.000000", "1.100000");
        assertThat(CopyRanking.topDecile(withNoise(leaning), 10, LIMITS)).containsExactly(leaning);
    }

    @Test void aTwoWayTraderTheLineFollowsDoesNotLeanInformed() {
        List<CopyRanking.Unit> ranked = withNoise(unit(10, "UNKNOWN", "-0.3", "0.000000", "1.100000"));
        ranked.set(0, unit(11, "UNKNOWN", "-0.2", "0.760000", "1.200000"));
        assertThat(CopyRanking.topDecile(ranked, 10, LIMITS)).extracting(CopyRanking.Unit::key).containsExactly("u10");
    }

    @Test void whenNobodyLeansInformedTheClosingLineStillOrdersBeforeResults() {
        CopyRanking.Unit twoWay = unit(10, "UNKNOWN", "-0.3", "0.760000", "1.100000");
        assertThat(CopyRanking.topDecile(withNoise(twoWay), 10, LIMITS)).containsExactly(twoWay);
    }

    @Test void theDecileIsATenthOfEveryUnitScoredNotOnlyOfTheFollowableOnes() {
        List<CopyRanking.Unit> followable = withNoise(unit(10, "INFORMED", "-0.4", "0.000000", "2.000000"));
        followable.add(unit(11, "INFORMED", "-0.5", "0.000000", "3.000000"));
        followable.add(unit(12, "INFORMED", "-0.1", "0.000000", "1.700000"));
        followable.add(unit(13, "INFORMED", "0.9", "0.000000", "1.650000"));

        // 13 followable of 30 scored (market makers, bots and thin samples set aside): three units, the strongest line first.
        assertThat(CopyRanking.topDecile(followable, 30, LIMITS)).extracting(CopyRanking.Unit::key).containsExactly("u11", "u10", "u12");
        assertThat(CopyRanking.topDecile(followable, 13, LIMITS)).extracting(CopyRanking.Unit::key).containsExactly("u11", "u10");
    }
}
