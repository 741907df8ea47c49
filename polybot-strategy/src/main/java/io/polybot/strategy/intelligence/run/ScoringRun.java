package io.polybot.strategy.intelligence.run;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.repo.MarketRepository;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.store.repo.WalletScoreRepository;
import io.polybot.store.repo.WalletTradeRepository;
import io.polybot.store.repo.Whale;
import io.polybot.store.repo.WhaleRepository;
import io.polybot.strategy.intelligence.classification.WalletClassifier;
import io.polybot.strategy.intelligence.consensus.Basket;
import io.polybot.strategy.intelligence.consensus.BasketBuilder;
import io.polybot.strategy.intelligence.linking.FundingEdge;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.intelligence.linking.LinkedWalletDetector;
import io.polybot.strategy.intelligence.scoring.ScoringJob;
import io.polybot.strategy.intelligence.scoring.TradePrints;
import io.polybot.strategy.intelligence.scoring.WalletScorer;
import io.polybot.strategy.intelligence.whitelist.WhitelistDecision;
import io.polybot.strategy.intelligence.whitelist.WhitelistPolicy;
import io.polybot.strategy.intelligence.whitelist.WhitelistUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One scoring run over the store (every 24 h, on demand, in the demo and in the evaluation):
 * reads every wallet's trades, links wallets that act as one, runs the {@link ScoringJob} (score,
 * classify, keep the score history, let the whitelist policy decide and write each change with its
 * reason), then rebuilds the per-category baskets from the new whitelist. Not thread-safe: one run
 * at a time ({@code synchronized}).
 */
public final class ScoringRun {
    private static final Logger log = LoggerFactory.getLogger(ScoringRun.class);

    /** What a run found: the job's totals, the linked groups and the category baskets of the new whitelist. */
    public record Result(ScoringJob.Report report, LinkedGroups groups, List<Basket> categoryBaskets, Map<WalletAddress, WalletScoreRecord> scores) {}

    private final ScoringSettings settings;
    private final WalletTradeRepository trades;
    private final MarketRepository markets;
    private final WhaleRepository whales;
    private final WalletScoreRepository scores;
    private final WhitelistUpdater updater;
    private final Supplier<List<FundingEdge>> funding;
    private final Clock clock;

    /** @param funding on-chain first-funding evidence (empty when the source has none) */
    public ScoringRun(ScoringSettings settings, WalletTradeRepository trades, MarketRepository markets, WhaleRepository whales,
                      WalletScoreRepository scores, WhitelistUpdater updater, Supplier<List<FundingEdge>> funding, Clock clock) {
        this.settings = settings;
        this.trades = trades;
        this.markets = markets;
        this.whales = whales;
        this.scores = scores;
        this.updater = updater;
        this.funding = funding;
        this.clock = clock;
    }

    public synchronized Result run(ScoringJob.Progress progress) {
        TradeHistory history = TradeHistory.load(trades, markets);
        log.info("scoring {} wallets over {} trades in {} markets", history.byWallet().size(), history.all().size(), history.markets().size());
        LinkedGroups groups = link(settings, history, funding.get());
        Map<WalletAddress, Whale> rows = new HashMap<>();
        for (Whale whale : whales.all()) rows.put(whale.address(), whale);
        Map<WalletAddress, WalletScoreRecord> written = new LinkedHashMap<>();
        ScoringJob job = new ScoringJob(new WalletScorer(settings.scoring()), new WalletClassifier(settings.classifier()),
                new WhitelistPolicy(settings.whitelist()), clock);
        ScoringJob.Report report = job.run(inputs(history, rows), new ScoringJob.Outputs() {
            @Override public void score(WalletScoreRecord record) {
                scores.record(record);
                written.put(record.address(), record);
            }

            @Override public void whitelist(WhitelistDecision decision) { updater.apply(decision); }
        }, TradePrints.of(history.all()), groups, progress);
        Set<WalletAddress> eligible = whales.whitelisted();
        Map<WalletAddress, List<WalletTrade>> eligibleTrades = new HashMap<>();
        for (WalletAddress wallet : eligible) eligibleTrades.put(wallet, history.byWallet().getOrDefault(wallet, List.of()));
        List<Basket> baskets = BasketBuilder.byCategory(eligibleTrades, history::market, settings.basketMinimumShare(),
                settings.basketMinimumWallets());
        log.info("scoring done: {} wallets in {} units, {} joined, {} left the whitelist ({} now), {} linked groups, {} category baskets",
                report.wallets(), report.groups(), report.joined(), report.left(), eligible.size(), groups.groups().size(), baskets.size());
        written.values().stream().sorted(java.util.Comparator.comparing(WalletScoreRecord::score).reversed()).limit(5)
                .forEach(r -> log.info("  top score {} {}: {} positions over {} events, win rate {}, EV {}/$, {}", r.address(), r.score(),
                        r.positions(), r.independentEvents(), r.winRate(), r.expectedValuePerDollar(), r.classification()));
        return new Result(report, groups, baskets, written);
    }

    /**
     * Links the wallets of a history the way a run does: only trades the wallet chose to make count.
     * A sweep fills several makers' resting orders in one instant, which says nothing about who owns
     * them; mostly-maker wallets are left out altogether, because market makers re-hedge on the same
     * public news at the same instant, which is not common ownership either.
     */
    public static LinkedGroups link(ScoringSettings settings, TradeHistory history, List<FundingEdge> funding) {
        Set<WalletAddress> makers = mostlyMakers(history);
        List<WalletTrade> taken = history.all().stream()
                .filter(t -> !history.makerIds().contains(t.id()) && !makers.contains(t.wallet())).toList();
        return new LinkedWalletDetector(settings.linking()).detect(taken, funding);
    }

    /**
     * Scores and classifies a history as of {@code at} exactly as a run would (linked groups pooled),
     * but writes nothing and decides no whitelist: for evaluations that score an earlier window.
     */
    public static Map<WalletAddress, WalletScoreRecord> scoreOnly(ScoringSettings settings, TradeHistory history, LinkedGroups groups,
                                                                  java.time.Instant at) {
        Map<WalletAddress, WalletScoreRecord> out = new LinkedHashMap<>();
        ScoringJob job = new ScoringJob(new WalletScorer(settings.scoring()), new WalletClassifier(settings.classifier()),
                new WhitelistPolicy(settings.whitelist()), () -> at);
        job.run(inputs(history, Map.of()), new ScoringJob.Outputs() {
            @Override public void score(WalletScoreRecord record) { out.put(record.address(), record); }

            @Override public void whitelist(WhitelistDecision decision) {}
        }, TradePrints.of(history.all()), groups, (done, total) -> {});
        return out;
    }

    private static Set<WalletAddress> mostlyMakers(TradeHistory history) {
        Set<WalletAddress> out = new java.util.HashSet<>();
        history.byWallet().forEach((wallet, trades) -> {
            long maker = trades.stream().filter(t -> history.makerIds().contains(t.id())).count();
            if (maker * 2 >= trades.size()) out.add(wallet);
        });
        return out;
    }

    static ScoringJob.Inputs inputs(TradeHistory history, Map<WalletAddress, Whale> rows) {
        return new ScoringJob.Inputs() {
            @Override public List<WalletAddress> wallets() { return List.copyOf(history.byWallet().keySet()); }

            @Override public List<WalletTrade> trades(WalletAddress wallet) { return history.byWallet().getOrDefault(wallet, List.of()); }

            @Override public Market market(ConditionId conditionId) { return history.market(conditionId); }

            @Override public Set<String> makerTradeIds(WalletAddress wallet) {
                return history.makerKnown().contains(wallet) ? history.makerIds() : null;
            }

            @Override public Whale whale(WalletAddress wallet) { return rows.get(wallet); }
        };
    }
}
