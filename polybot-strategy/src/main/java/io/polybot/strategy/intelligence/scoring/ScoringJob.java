package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.store.repo.Whale;
import io.polybot.strategy.intelligence.classification.Classification;
import io.polybot.strategy.intelligence.classification.EvidenceExtractor;
import io.polybot.strategy.intelligence.classification.WalletClassifier;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.intelligence.positions.PositionReconstructor;
import io.polybot.strategy.intelligence.whitelist.WhitelistDecision;
import io.polybot.strategy.intelligence.whitelist.WhitelistPolicy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One scoring run (every 24 h and on demand, {@code ./polybot wallets score}): for each wallet,
 * or each linked group as one trader with its trades pooled, score, classify, store the score
 * in the history and let the whitelist policy decide. Reports progress after every unit.
 *
 * <p>Everything it reads and writes comes through the {@link Inputs} and {@link Outputs} the
 * caller wires (store-backed in the app, in-memory in tests).
 */
public final class ScoringJob {
    /** Called after each scored unit: {@code done} of {@code total} wallets. */
    @FunctionalInterface
    public interface Progress { void update(int done, int total); }

    /** What a run reads. */
    public interface Inputs {
        List<WalletAddress> wallets();
        List<WalletTrade> trades(WalletAddress wallet);
        Market market(ConditionId conditionId);
        /** Trade ids where the wallet was maker, or null when unknown. */
        default Set<String> makerTradeIds(WalletAddress wallet) { return null; }
        Whale whale(WalletAddress wallet);
    }

    /** What a run writes. */
    public interface Outputs {
        void score(WalletScoreRecord record);
        void whitelist(WhitelistDecision decision);
    }

    /** Totals of a run. */
    public record Report(Instant computedAt, int wallets, int groups, int joined, int left, List<WhitelistDecision> changes) {}

    private final WalletScorer scorer;
    private final WalletClassifier classifier;
    private final WhitelistPolicy policy;
    private final Clock clock;

    public ScoringJob(WalletScorer scorer, WalletClassifier classifier, WhitelistPolicy policy, Clock clock) {
        this.scorer = scorer;
        this.classifier = classifier;
        this.policy = policy;
        this.clock = clock;
    }

    public Report run(Inputs in, Outputs out, PriceHistory prices, LinkedGroups groups, Progress progress) {
        Instant now = clock.now();
        Map<String, List<WalletAddress>> units = new LinkedHashMap<>();
        List<WalletAddress> wallets = in.wallets();
        for (WalletAddress wallet : wallets) units.computeIfAbsent(groups.groupOf(wallet), g -> new ArrayList<>()).add(wallet);
        Function<ConditionId, Market> markets = in::market;
        int done = 0, joined = 0, left = 0;
        List<WhitelistDecision> changes = new ArrayList<>();
        for (var unit : units.entrySet()) {
            List<WalletAddress> members = unit.getValue();
            List<WalletTrade> trades = new ArrayList<>();
            Set<String> makerIds = new HashSet<>();
            boolean makerKnown = false;
            for (WalletAddress member : members) {
                trades.addAll(in.trades(member));
                Set<String> ids = in.makerTradeIds(member);
                if (ids != null) {
                    makerKnown = true;
                    makerIds.addAll(ids);
                }
            }
            // A linked group is one trader: one pooled score, one sample, copied to each member.
            WalletScore pooled = scorer.score(members.getFirst(), trades, markets, prices, now);
            var positions = PositionReconstructor.reconstruct(trades, markets).positions();
            Classification label = classifier.classify(EvidenceExtractor.extract(trades, makerKnown ? makerIds : null,
                    positions, pooled.markout1h(), ClosingLineValue.of(positions, prices, now)));
            for (WalletAddress member : members) {
                WalletScore score = members.size() > 1 ? pooled.forMember(member, unit.getKey()) : pooled;
                out.score(ScoreRecords.toRecord(score, label));
                WhitelistDecision decision = policy.decide(in.whale(member), score, label);
                if (decision.changed()) {
                    out.whitelist(decision);
                    changes.add(decision);
                    if (decision.after()) joined++; else left++;
                }
                progress.update(++done, wallets.size());
            }
        }
        return new Report(now, wallets.size(), units.size(), joined, left, changes);
    }
}
