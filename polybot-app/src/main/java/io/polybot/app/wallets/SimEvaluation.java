package io.polybot.app.wallets;

import io.polybot.app.roles.IngestWiring;
import io.polybot.app.roles.ScoringWiring;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.ingest.markets.MarketCatalog;
import io.polybot.polymarket.gamma.GammaClient;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.world.WorldScale;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.intelligence.run.ScoringRun;
import io.polybot.strategy.intelligence.run.ScoringSettings;
import io.polybot.strategy.intelligence.run.TradeHistory;
import io.polybot.strategy.intelligence.scoring.ScoringJob;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code wallets evaluate --world-seed S}: builds a simulated world, lets Polybot learn it the
 * normal way (Gamma catalogue with results, Data API backfill, scoring with funding evidence, all
 * over HTTP into an embedded store) and grades the result against {@code /sim/truth}: per-class
 * precision / recall / F1, the share of linked groups recovered whole, and whether copying the
 * top-decile wallets (scored on the first half of the history, among the units the pipeline would
 * follow: see {@link CopyRanking}) beat copying everyone in the second half.
 */
public final class SimEvaluation {
    /** Wallets need this many finished positions before the cutoff to be ranked for the copy test. */
    static final int MINIMUM_RANKED_POSITIONS = 3;

    /** The figures of one evaluation. */
    public record Result(ClassMetrics informed, ClassMetrics marketMaker, ClassMetrics bot, int linkedGroups, int linkedGroupsRecovered,
                         BigDecimal linkedGroupsShare, CopyReturns copies) {
        public String json() {
            return "{\"informed\":" + informed.json() + ",\"market_maker\":" + marketMaker.json() + ",\"bot\":" + bot.json()
                    + ",\"linked_groups_recovered\":" + linkedGroupsShare.toPlainString()
                    + ",\"top_decile_expected_return\":" + copies.topExpected().perWallet().toPlainString()
                    + ",\"all_wallets_expected_return\":" + copies.allExpected().perWallet().toPlainString()
                    + ",\"top_decile_return\":" + copies.topRealised().perWallet().toPlainString()
                    + ",\"all_wallets_return\":" + copies.allRealised().perWallet().toPlainString()
                    + ",\"top_decile_expected_return_per_copy\":" + copies.topExpected().perCopy().toPlainString()
                    + ",\"all_wallets_expected_return_per_copy\":" + copies.allExpected().perCopy().toPlainString()
                    + ",\"top_units\":" + copies.topUnits() + ",\"followable_units\":" + copies.rankedUnits()
                    + ",\"later_events\":" + copies.allExpected().events() + ",\"later_resolved_events\":" + copies.allRealised().events() + "}";
        }

        public boolean meetsTargets() {
            return informed.precision().compareTo(new BigDecimal("0.9")) >= 0 && informed.recall().compareTo(new BigDecimal("0.8")) >= 0
                    && marketMaker.f1().compareTo(new BigDecimal("0.9")) >= 0 && bot.f1().compareTo(new BigDecimal("0.9")) >= 0
                    && linkedGroupsShare.compareTo(new BigDecimal("0.8")) >= 0 && copies.topBeatsAll();
        }
    }

    private SimEvaluation() {}

    public static Result run(long seed, WorldScale scale, Path workDir, ScoringSettings settings, PrintWriter out, boolean terminal)
            throws IOException, InterruptedException {
        Clock clock = Clock.system();
        out.printf("building the simulated world (seed %d)...%n", seed);
        out.flush();
        try (SimHandle sim = SimServer.start(SimConfig.loopback(seed).withScale(scale));
             Store store = Store.open(StoreConfig.embedded(workDir))) {
            int markets = new MarketCatalog(new GammaClient(sim.baseUrls().gamma()), store.markets()).refresh();
            var backfill = IngestWiring.backfill(store, sim.baseUrls().data(), clock).run();
            out.printf("loaded %d markets, backfilled %d trades (%d maker fills)%n", markets, backfill.rows(), backfill.makerRows());
            ScoringRun.Result scored = ScoringWiring.wire(settings, store, new SimFunding(sim.baseUrls().sim()), clock)
                    .run(new ProgressBar(out, terminal));
            SimTruthView truth = SimTruthView.fetch(sim.baseUrls().sim());
            Map<WalletAddress, String> predicted = new HashMap<>();
            for (WalletScoreRecord r : scored.scores().values())
                predicted.put(r.address(), r.classification() == null ? "UNKNOWN" : r.classification());
            int recovered = 0;
            for (List<WalletAddress> group : truth.linkedGroups()) if (together(group, scored.groups())) recovered++;
            BigDecimal share = truth.linkedGroups().isEmpty() ? BigDecimal.ONE
                    : BigDecimal.valueOf(recovered).divide(BigDecimal.valueOf(truth.linkedGroups().size()), 4, RoundingMode.HALF_EVEN);
            TradeHistory history = TradeHistory.load(store.walletTrades(), store.markets());
            CopyRanking ranking = CopyRanking.rank(history, midpoint(history.all()), settings, new SimFunding(sim.baseUrls().sim()).get(),
                    MINIMUM_RANKED_POSITIONS);
            CopyReturns copies = CopyReturns.measure(history, ranking, settings.scoring(), truth.yesProbability());
            Result result = new Result(ClassMetrics.of("INFORMED", predicted, truth.types()), ClassMetrics.of("MARKET_MAKER", predicted, truth.types()),
                    ClassMetrics.of("BOT", predicted, truth.types()), truth.linkedGroups().size(), recovered, share, copies);
            if (Boolean.getBoolean("polybot.evaluate.verbose")) {
                mistakes(predicted, truth, scored, out);
                ranking.ranked().forEach(u -> out.printf("  ranked %s true %s labelled %s score %s over %d positions / %d events, %s %s%n", u.key(),
                        u.members().stream().map(w -> truth.types().getOrDefault(w, "?")).toList(), u.score().classification(),
                        u.score().score().toPlainString(), u.score().positions(), u.score().independentEvents(),
                        u.score().classificationEvidence(), ranking.top().contains(u.members().getFirst()) ? "TOP" : ""));
            }
            report(result, scored.report(), out);
            return result;
        }
    }

    private static boolean together(List<WalletAddress> group, LinkedGroups detected) {
        String first = detected.groupOf(group.getFirst());
        return detected.linked(group.getFirst()) && group.stream().allMatch(w -> detected.groupOf(w).equals(first));
    }

    /** Halfway through the traded history: score on the first half, measure on the second. */
    static Instant midpoint(List<WalletTrade> trades) {
        Instant first = trades.stream().map(WalletTrade::eventTime).min(Instant::compareTo).orElseThrow();
        Instant last = trades.stream().map(WalletTrade::eventTime).max(Instant::compareTo).orElseThrow();
        return first.plus(Duration.between(first, last).dividedBy(2));
    }

    private static void report(Result r, ScoringJob.Report job, PrintWriter out) {
        out.printf("scored %d wallets in %d units; whitelist: %d joined%n", job.wallets(), job.groups(), job.joined());
        for (ClassMetrics m : List.of(r.informed(), r.marketMaker(), r.bot()))
            out.printf("  %-13s precision %s recall %s F1 %s (%d labelled, %d true, %d both)%n", m.label(), m.precision().toPlainString(),
                    m.recall().toPlainString(), m.f1().toPlainString(), m.predicted(), m.actual(), m.truePositives());
        out.printf("  linked groups recovered whole: %d of %d (%s)%n", r.linkedGroupsRecovered(), r.linkedGroups(), r.linkedGroupsShare().toPlainString());
        CopyReturns c = r.copies();
        out.printf("  copy test, scored before %s: top decile = %d of %d followable units (%d wallets)%n", c.cutoff(), c.topUnits(),
                c.rankedUnits(), c.topWallets());
        copies(out, "expected (true probabilities)", c.topExpected(), c.allExpected());
        copies(out, "realised (resolved markets)", c.topRealised(), c.allRealised());
        out.printf("    %d resolved independent events in the later half: the realised figures cannot tell an edge from luck; the target is judged "
                + "on the expected ones, per wallet%n", c.allRealised().events());
        out.println(r.meetsTargets() ? "  targets: met" : "  targets: NOT met");
        out.println(r.json());
        out.flush();
    }

    private static void copies(PrintWriter out, String measure, CopyReturns.Figure top, CopyReturns.Figure all) {
        out.printf("    %-29s: top decile %s per $ per wallet (%s per copy) over %d copies by %d wallets in %d events; "
                + "all wallets %s per $ per wallet (%s per copy) over %d copies by %d wallets in %d events%n", measure,
                top.perWallet().toPlainString(), top.perCopy().toPlainString(), top.copies(), top.wallets(), top.events(),
                all.perWallet().toPlainString(), all.perCopy().toPlainString(), all.copies(), all.wallets(), all.events());
    }

    private static void mistakes(Map<WalletAddress, String> predicted, SimTruthView truth, ScoringRun.Result scored, PrintWriter out) {
        truth.types().forEach((wallet, type) -> {
            String label = predicted.getOrDefault(wallet, "UNKNOWN");
            WalletScoreRecord r = scored.scores().get(wallet);
            out.printf("  %s %s true %s labelled %s %s%n", label.equals(type) || (type.equals("NOISE") && label.equals("UNKNOWN")) ? "ok  " : "MISS", wallet, type, label, r == null ? "(no trades)" : r.classificationEvidence());
        });
        out.flush();
    }
}
