package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.store.repo.Whale;
import io.polybot.strategy.intelligence.classification.ClassifierThresholds;
import io.polybot.strategy.intelligence.classification.WalletClassifier;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.intelligence.whitelist.WhitelistConfig;
import io.polybot.strategy.intelligence.whitelist.WhitelistDecision;
import io.polybot.strategy.intelligence.whitelist.WhitelistPolicy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ScoringJobTest {
    final Map<ConditionId, Market> markets = new HashMap<>();
    final Map<WalletAddress, List<WalletTrade>> trades = new HashMap<>();
    final List<WalletScoreRecord> recorded = new ArrayList<>();
    final List<WhitelistDecision> decisions = new ArrayList<>();
    final List<String> progress = new ArrayList<>();

    final ScoringJob.Inputs inputs = new ScoringJob.Inputs() {
        @Override public List<WalletAddress> wallets() { return List.of(wallet(1), wallet(2), wallet(3)); }
        @Override public List<WalletTrade> trades(WalletAddress wallet) { return trades.getOrDefault(wallet, List.of()); }
        @Override public Market market(ConditionId id) { return markets.get(id); }
        @Override public Whale whale(WalletAddress wallet) { return null; }
    };
    final ScoringJob.Outputs outputs = new ScoringJob.Outputs() {
        @Override public void score(WalletScoreRecord record) { recorded.add(record); }
        @Override public void whitelist(WhitelistDecision decision) { decisions.add(decision); }
    };

    @Test void scoresEveryWalletOnceCountsALinkedGroupAsOneAndReportsProgress() {
        // wallet 1: 40 buys at 0.40 in 40 events, 32 win → Wilson lower 0.651…, score ≈ 0.247: joins
        List<WalletTrade> good = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            markets.put(market(i), resolved(i, "e" + i, i <= 32 ? yes(i) : no(i)));
            good.add(buyYes(wallet(1), i, "0.40", "100", seconds(100L * i * i)));
        }
        trades.put(wallet(1), good);
        trades.put(wallet(2), List.of(buyYes(wallet(2), 1, "0.5", "10", seconds(1))));
        trades.put(wallet(3), List.of(buyYes(wallet(3), 2, "0.5", "10", seconds(2))));
        var job = new ScoringJob(new WalletScorer(ScoringConfig.defaults()), new WalletClassifier(ClassifierThresholds.defaults()),
                new WhitelistPolicy(WhitelistConfig.defaults()), new SimulatedClock(T0));

        ScoringJob.Report report = job.run(inputs, outputs, PriceHistory.NONE, LinkedGroups.of(List.of(List.of(wallet(2), wallet(3)))),
                (done, total) -> progress.add(done + "/" + total));

        assertThat(progress).containsExactly("1/3", "2/3", "3/3");
        assertThat(report.wallets()).isEqualTo(3);
        assertThat(report.groups()).isEqualTo(2);
        assertThat(report.joined()).isEqualTo(1);
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.wallet()).isEqualTo(wallet(1));
            assertThat(d.reason()).startsWith("qualified: score 0.2");
        });
        assertThat(recorded).extracting(WalletScoreRecord::address).containsExactly(wallet(1), wallet(2), wallet(3));
        assertThat(recorded.get(1).trades()).isEqualTo(2); // pooled: one sample for the group
        assertThat(recorded.get(2).linkedGroup()).isEqualTo(wallet(2).value());
        assertThat(recorded.get(0).positions()).isEqualTo(40);
        assertThat(recorded.get(0).classification()).isEqualTo("UNKNOWN");
    }
}
