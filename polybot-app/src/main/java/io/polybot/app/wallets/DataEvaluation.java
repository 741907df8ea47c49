package io.polybot.app.wallets;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.run.ScoringSettings;
import io.polybot.strategy.intelligence.run.TradeHistory;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * {@code wallets evaluate --data DIR}: scoring judged on recorded real trades (ARCHITECTURE §10).
 *
 * <p>Reads the MLB files of the shared data folder in place ({@link MlbData}), splits the trades at
 * the median time of the buys in resolved markets, scores and classifies every wallet on the earlier
 * window with the normal scorer (no look-ahead: a market counts as resolved only if it ended before
 * the cutoff), picks the top decile of followable units ({@link CopyRanking}) and copies their later
 * buys in resolved markets with one dollar each, at the book's best ask shortly after the trade when
 * a snapshot exists, else at the wallet's own price, plus the taker fee. The comparison is with the
 * median wallet's return per dollar over the same window, with a bootstrap interval that resamples
 * whole games (markets of one game settle together). The last line is one JSON object.
 */
public final class DataEvaluation {
    static final int MINIMUM_RANKED_POSITIONS = 3;
    static final int BOOTSTRAP_RESAMPLES = 2000;
    /**
     * Games the top decile must have bought in before its figure is compared at all: resampling games says nothing
     * about the variability of a side that rests on one or two of them (each resample holds that game or not).
     */
    static final int MINIMUM_TOP_GAMES = 5;

    /** One copied dollar: whose buy, in which game, what it returned. */
    record Copy(WalletAddress wallet, String event, double result, boolean bookPriced) {}

    /** The figures of one run. */
    record Result(MlbData data, Instant cutoff, CopyRanking ranking, List<Copy> copies, double topReturn, double medianReturn,
                  int walletsMeasured, double lower, double upper, String verdict) {
        int topCopies() { return (int) copies.stream().filter(c -> ranking.top().contains(c.wallet())).count(); }

        int topEvents() { return (int) copies.stream().filter(c -> ranking.top().contains(c.wallet())).map(Copy::event).distinct().count(); }

        int events() { return (int) copies.stream().map(Copy::event).distinct().count(); }

        long bookPriced() { return copies.stream().filter(Copy::bookPriced).count(); }

        String json() {
            return String.format(Locale.ROOT, "{\"wallets\":%d,\"trades\":%d,\"malformed_rows\":%d,\"markets\":%d,\"resolved_markets\":%d,"
                            + "\"games\":%d,\"cutoff\":\"%s\",\"early_wallets_scored\":%d,\"followable_units\":%d,\"top_units\":%d,\"top_wallets\":%d,"
                            + "\"later_copies\":%d,\"later_games\":%d,\"book_priced_copies\":%d,\"wallets_measured\":%d,\"top_copies\":%d,"
                            + "\"top_games\":%d,\"top_return\":%s,\"median_wallet_return\":%s,\"difference\":%s,\"difference_ci95\":[%s,%s],"
                            + "\"verdict\":\"%s\"}",
                    data.wallets(), data.trades().size(), data.malformed(), data.markets().size(), data.resolvedMarkets(), data.games(), cutoff,
                    ranking.scoredWallets(), ranking.ranked().size(), ranking.topUnits(), ranking.top().size(), copies.size(), events(),
                    bookPriced(), walletsMeasured, topCopies(), topEvents(), number(topReturn), number(medianReturn), number(topReturn - medianReturn),
                    number(lower), number(upper),
                    verdict.replace("\"", "'"));
        }
    }

    private DataEvaluation() {}

    /** Runs the evaluation and prints it; false when the data folder lacks the files. */
    public static boolean run(Path dataDir, ScoringSettings settings, PrintWriter out) {
        MlbData data;
        try {
            data = MlbData.load(dataDir);
        } catch (IOException e) {
            out.println("cannot read the MLB data in " + dataDir + ": " + e.getMessage());
            out.flush();
            return false;
        }
        Result r = evaluate(data, settings);
        report(r, out);
        return true;
    }

    static Result evaluate(MlbData data, ScoringSettings settings) {
        TradeHistory history = TradeHistory.of(data.trades(), data.markets(), Set.of(), Set.of());
        Instant cutoff = cutoff(data);
        CopyRanking ranking = CopyRanking.rank(history, cutoff, settings, List.of(), MINIMUM_RANKED_POSITIONS);
        List<Copy> copies = new ArrayList<>();
        double fee = settings.scoring().takerFeeRate().doubleValue();
        for (WalletTrade trade : data.trades()) {
            if (trade.side() != Side.BUY || trade.eventTime().isBefore(cutoff)) continue;
            Market market = data.markets().get(trade.market());
            if (market == null || market.status() != MarketStatus.RESOLVED || market.winningToken() == null) continue;
            Double ask = data.books().askAfter(trade.market(), trade.token(), trade.eventTime()).orElse(null);
            double p = ask != null ? ask : trade.price().value().doubleValue();
            double result = (market.winningToken().equals(trade.token()) ? 1 / p : 0) - 1 - fee * (1 - p);
            copies.add(new Copy(trade.wallet(), data.event(market), result, ask != null));
        }
        List<String> events = copies.stream().map(Copy::event).distinct().sorted().toList();
        double[] point = statistic(copies, ranking.top(), events, null);
        double lower = Double.NaN, upper = Double.NaN;
        if (!events.isEmpty() && !Double.isNaN(point[0])) {
            Random random = new Random(1);
            double[] differences = new double[BOOTSTRAP_RESAMPLES];
            int n = 0;
            for (int b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
                Map<String, Integer> weight = new HashMap<>();
                for (int i = 0; i < events.size(); i++) weight.merge(events.get(random.nextInt(events.size())), 1, Integer::sum);
                double[] s = statistic(copies, ranking.top(), events, weight);
                if (!Double.isNaN(s[0]) && !Double.isNaN(s[1])) differences[n++] = s[0] - s[1];
            }
            double[] sorted = Arrays.copyOf(differences, n);
            Arrays.sort(sorted);
            if (n > 0) {
                lower = sorted[(int) Math.floor(0.025 * (n - 1))];
                upper = sorted[(int) Math.ceil(0.975 * (n - 1))];
            }
        }
        int topEvents = (int) copies.stream().filter(c -> ranking.top().contains(c.wallet())).map(Copy::event).distinct().count();
        String verdict = verdict(data, ranking, events.size(), topEvents, point, lower, upper);
        return new Result(data, cutoff, ranking, copies, point[0], point[1], (int) point[2], lower, upper, verdict);
    }

    /**
     * Top-decile return per copied dollar, median wallet return per dollar and the number of wallets
     * measured, with each game's copies counted {@code weight} times (null: once).
     */
    private static double[] statistic(List<Copy> copies, Set<WalletAddress> top, List<String> events, Map<String, Integer> weight) {
        double topSum = 0, topCount = 0;
        Map<WalletAddress, double[]> perWallet = new HashMap<>();
        for (Copy c : copies) {
            int w = weight == null ? 1 : weight.getOrDefault(c.event(), 0);
            if (w == 0) continue;
            double[] acc = perWallet.computeIfAbsent(c.wallet(), k -> new double[2]);
            acc[0] += w * c.result();
            acc[1] += w;
            if (top.contains(c.wallet())) {
                topSum += w * c.result();
                topCount += w;
            }
        }
        double[] means = perWallet.values().stream().mapToDouble(a -> a[0] / a[1]).sorted().toArray();
        double median = means.length == 0 ? Double.NaN
                : means.length % 2 == 1 ? means[means.length / 2] : (means[means.length / 2 - 1] + means[means.length / 2]) / 2;
        return new double[] {topCount == 0 ? Double.NaN : topSum / topCount, median, means.length};
    }

    /** Splits at the median time of the buys in resolved markets: half the measurable copies on each side. */
    static Instant cutoff(MlbData data) {
        List<Instant> times = data.trades().stream().filter(t -> t.side() == Side.BUY).filter(t -> {
            Market m = data.markets().get(t.market());
            return m != null && m.status() == MarketStatus.RESOLVED;
        }).map(WalletTrade::eventTime).sorted().toList();
        if (times.isEmpty()) return data.trades().stream().map(WalletTrade::eventTime).max(Instant::compareTo).orElse(Instant.EPOCH);
        return times.get(times.size() / 2);
    }

    private static String verdict(MlbData data, CopyRanking ranking, int games, int topGames, double[] point, double lower, double upper) {
        String sample = String.format(Locale.ROOT, "%d wallets, %d resolved markets over %d games (%d in the later window); top decile %d units from %d followable",
                data.wallets(), data.resolvedMarkets(), data.games(), games, ranking.topUnits(), ranking.ranked().size());
        if (ranking.top().isEmpty()) return sample + ": no wallet had enough resolved positions in the early window to rank, so the data cannot test scoring";
        if (Double.isNaN(point[0])) return sample + ": the top-scored wallets made no buy in a resolved market in the later window, so the data cannot say whether they keep an edge";
        if (topGames < MINIMUM_TOP_GAMES)
            return sample + String.format(Locale.ROOT, ": the top-scored wallets' later buys in resolved markets fall in %s, fewer than the %d"
                    + " needed to compare them with the median wallet at all; their %+.3f per $ against the median's %+.3f is the outcome of %s,"
                    + " so the data cannot say whether they keep an edge", games(topGames), MINIMUM_TOP_GAMES, point[0], point[1],
                    topGames == 1 ? "that game" : "those games");
        if (Double.isNaN(lower) || (lower <= 0 && upper >= 0))
            return sample + String.format(Locale.ROOT, ": the top decile's later return differs from the median wallet's by %+.3f per $, 95%% interval"
                    + " [%.3f, %.3f] resampling games; %s for the top decile are too few to tell an edge from zero at 95%%", point[0] - point[1], lower, upper, games(topGames));
        return sample + String.format(Locale.ROOT, ": the top decile %s the median wallet by %.3f per $ (95%% interval [%.3f, %.3f] resampling games), but %s"
                + " and a handful of wallets are one stretch of one season: evidence, not proof", point[0] > point[1] ? "beat" : "trailed",
                Math.abs(point[0] - point[1]), lower, upper, games(topGames));
    }

    private static String games(int count) { return count == 1 ? "1 game" : count + " games"; }

    private static void report(Result r, PrintWriter out) {
        MlbData d = r.data();
        out.printf(Locale.ROOT, "loaded %d trades by %d wallets in %d markets (%d resolved, %d games); %d malformed rows skipped%n",
                d.trades().size(), d.wallets(), d.markets().size(), d.resolvedMarkets(), d.games(), d.malformed());
        out.printf("scored on trades before %s: %d wallets, %d followable units, top decile %d units (%d wallets)%n", r.cutoff(),
                r.ranking().scoredWallets(), r.ranking().ranked().size(), r.ranking().topUnits(), r.ranking().top().size());
        r.ranking().excluded().forEach((reason, n) -> out.printf("  not followable: %d units, %s%n", n, reason));
        for (CopyRanking.Unit u : r.ranking().ranked().subList(0, Math.min(5, r.ranking().ranked().size())))
            out.printf(Locale.ROOT, "  %s %s score %s over %d positions / %d events, %s%n", r.ranking().top().contains(u.members().getFirst()) ? "TOP" : "   ",
                    u.key(), u.score().score().toPlainString(), u.score().positions(), u.score().independentEvents(), u.score().classification());
        out.printf(Locale.ROOT, "later window: %d copied buys in resolved markets over %d games by %d wallets (%d priced at the book's best ask within %ds, the rest at the wallet's own price), plus a %s taker fee share r(1-p)%n",
                r.copies().size(), r.events(), r.walletsMeasured(), r.bookPriced(), MlbData.Books.DETECTION_DELAY.toSeconds(), "2%");
        out.printf(Locale.ROOT, "  top decile: %.4f per $ over %d copies in %s; median wallet %.4f per $; difference %.4f, 95%% interval [%.4f, %.4f] (%d resamples of whole games)%n",
                r.topReturn(), r.topCopies(), games(r.topEvents()), r.medianReturn(), r.topReturn() - r.medianReturn(), r.lower(), r.upper(), BOOTSTRAP_RESAMPLES);
        out.println("verdict: " + r.verdict());
        out.println(r.json());
        out.flush();
    }

    /** A JSON number, or null when undefined. */
    private static String number(double value) { return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.6f", value); }
}
