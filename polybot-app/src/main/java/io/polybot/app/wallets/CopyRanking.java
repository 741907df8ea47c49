package io.polybot.app.wallets;

import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.strategy.intelligence.classification.ClassifierThresholds;
import io.polybot.strategy.intelligence.linking.FundingEdge;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.intelligence.run.ScoringRun;
import io.polybot.strategy.intelligence.run.ScoringSettings;
import io.polybot.strategy.intelligence.run.TradeHistory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The wallets a follower would have copied, judged only on what was known at the cutoff
 * (ARCHITECTURE §10: score on an earlier window, measure on a later one).
 *
 * <p>The earlier window is scored and classified by the normal run ({@link ScoringRun#scoreOnly}),
 * linked wallets pooled into one unit as the pipeline scores them. Only units the pipeline could
 * follow are ranked: not classified market maker or bot, at least the minimum sample of finished
 * positions, not decayed, and a positive realised EV after fees (the whitelist's rules, with the
 * sample minimum scaled to the window), except that a unit labelled INFORMED needs no positive realised
 * EV: with the sample scaled down to a few finished positions the realised EV is mostly the luck of those
 * results, while the label already asks for a closing-line edge of 2¢ beyond chance, above what a
 * follower pays in spread and fee. The top decile holds a tenth of all units scored, at least one,
 * picked among the units the early window labels INFORMED (one-way, held to resolution, the market
 * moving its way after it bought), strongest closing-line evidence (t) first: a few finished positions
 * make the score a lottery, while the closing line rests on every position, open ones too. When no unit
 * is labelled INFORMED, a careful follower still does not pick on results: it takes the units that trade
 * like informed ones (one-way, held) and whose closing line has so far moved their way, by the same t;
 * only when there is none do all followable units compete, by the same t. Ranking everyone instead lets market makers and
 * bots, which nobody copies, and the members of one linked group (one trader counted several times)
 * crowd a decile of a few wallets.
 *
 * @param scoredWallets wallets with trades before the cutoff
 * @param ranked        followable units, best score first
 * @param top           wallets of the top-decile units
 * @param excluded      units left out, by reason
 */
record CopyRanking(Instant cutoff, int scoredWallets, List<Unit> ranked, Set<WalletAddress> top, Map<String, Integer> excluded) {
    /** One scored unit: a wallet, or a linked group scored as one trader. */
    record Unit(String key, List<WalletAddress> members, WalletScoreRecord score) {}

    static CopyRanking rank(TradeHistory full, Instant cutoff, ScoringSettings settings, List<FundingEdge> funding, int minimumPositions) {
        TradeHistory early = full.before(cutoff);
        LinkedGroups groups = ScoringRun.link(settings, early, funding);
        Map<WalletAddress, WalletScoreRecord> scores = ScoringRun.scoreOnly(settings, early, groups, cutoff);
        Map<String, List<WalletAddress>> members = new TreeMap<>();
        for (WalletAddress wallet : scores.keySet()) members.computeIfAbsent(groups.groupOf(wallet), g -> new ArrayList<>()).add(wallet);
        List<Unit> ranked = new ArrayList<>();
        Map<String, Integer> excluded = new LinkedHashMap<>();
        for (var unit : members.entrySet()) {
            WalletScoreRecord score = scores.get(unit.getValue().getFirst());
            String reason = exclusion(score, minimumPositions);
            if (reason == null) ranked.add(new Unit(unit.getKey(), unit.getValue(), score));
            else excluded.merge(reason, 1, Integer::sum);
        }
        ranked.sort(ORDER);
        Set<WalletAddress> top = new HashSet<>();
        for (Unit unit : topDecile(ranked, members.size(), settings.classifier())) top.addAll(unit.members());
        return new CopyRanking(cutoff, scores.size(), List.copyOf(ranked), Set.copyOf(top), excluded);
    }

    /** Labelled INFORMED first, then the strongest closing-line evidence, then the score. */
    static final Comparator<Unit> ORDER = Comparator.comparing((Unit u) -> !informed(u))
            .thenComparing(CopyRanking::closingLineT, Comparator.reverseOrder())
            .thenComparing(u -> u.score().score(), Comparator.reverseOrder()).thenComparing(Unit::key);

    /**
     * A tenth of all scored units (at least one), taken from the followable ones best first: labelled INFORMED, else
     * leaning that way, else any. The decile counts every unit scored, followable or not: the top tenth of the wallets
     * scored, not a tenth of the few left once market makers, bots and thin samples are set aside.
     */
    static List<Unit> topDecile(List<Unit> followable, int scoredUnits, ClassifierThresholds limits) {
        List<Unit> ranked = followable.stream().sorted(ORDER).toList();
        List<Unit> informed = ranked.stream().filter(CopyRanking::informed).toList();
        List<Unit> leaning = ranked.stream().filter(u -> takesAndHoldsWithTheLine(u, limits)).toList();
        List<Unit> pool = !informed.isEmpty() ? informed : !leaning.isEmpty() ? leaning : ranked;
        int decile = ranked.isEmpty() ? 0 : Math.min(pool.size(), (int) Math.ceil(Math.max(scoredUnits, ranked.size()) / 10.0));
        return pool.subList(0, decile);
    }

    /** Why the pipeline would not follow this unit, or null when it could. */
    private static String exclusion(WalletScoreRecord score, int minimumPositions) {
        String label = score.classification() == null ? "UNKNOWN" : score.classification();
        if (label.equals("MARKET_MAKER") || label.equals("BOT")) return "classified market maker or bot";
        if (score.positions() < minimumPositions) return "fewer than " + minimumPositions + " finished positions";
        if (score.decayed()) return "decayed";
        if (score.expectedValuePerDollar().signum() <= 0 && !label.equals("INFORMED")) return "EV after fees <= 0";
        return null;
    }

    int topUnits() { return (int) ranked.stream().filter(u -> top.contains(u.members().getFirst())).count(); }

    private static boolean informed(Unit unit) { return "INFORMED".equals(unit.score().classification()); }

    /**
     * Trades like an informed wallet (one way, held to resolution) and the closing line has moved its way so far, without
     * yet enough positions to prove it beyond chance: the nearest a unit comes to a proven edge.
     */
    private static boolean takesAndHoldsWithTheLine(Unit unit, ClassifierThresholds limits) {
        BigDecimal twoWay = evidence(unit, "twoSidedness"), held = evidence(unit, "heldToResolution");
        return twoWay != null && twoWay.compareTo(limits.informedTwoSidedness()) <= 0 && held != null
                && held.compareTo(limits.informedHeldToResolution()) >= 0 && closingLineT(unit).signum() > 0;
    }

    /** How far beyond chance the closing line moved the unit's way; zero when unmeasured. */
    private static BigDecimal closingLineT(Unit unit) {
        BigDecimal t = evidence(unit, "closingLineT");
        return t == null ? BigDecimal.ZERO : t;
    }

    private static BigDecimal evidence(Unit unit, String feature) {
        String text = unit.score().classificationEvidence().get(feature);
        if (text == null || text.equals("n/a")) return null;
        return new BigDecimal(text);
    }
}
