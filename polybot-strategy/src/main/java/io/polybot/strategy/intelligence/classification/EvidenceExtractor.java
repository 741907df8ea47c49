package io.polybot.strategy.intelligence.classification;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.positions.WalletPosition;
import io.polybot.strategy.intelligence.scoring.ClosingLineValue;
import io.polybot.strategy.intelligence.scoring.Markout;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures a wallet's {@link Evidence} from its trades, positions and markout. Pure.
 * Coefficients of variation use doubles (a square root) and are rounded to 6 decimals.
 */
public final class EvidenceExtractor {
    private static final int SCALE = 6;

    private EvidenceExtractor() {}

    /**
     * @param makerTradeIds ids of the trades where the wallet was the maker, or null when the
     *                      source did not say (RTDS reports takers; the Data API's {@code takerOnly=false} both)
     */
    public static Evidence extract(List<WalletTrade> trades, Set<String> makerTradeIds, List<WalletPosition> positions, Markout markout1h,
                                   ClosingLineValue closingLine) {
        Map<ConditionId, TokenId> reference = new HashMap<>(); // per market, the outcome "long" is measured in
        for (WalletTrade trade : trades)
            reference.merge(trade.market(), trade.token(), (a, b) -> a.value().compareTo(b.value()) <= 0 ? a : b);
        Map<ConditionId, BigDecimal[]> flows = new HashMap<>(); // market → {long, short} shares
        int maker = 0;
        long[] times = new long[trades.size()];
        double[] sizes = new double[trades.size()];
        for (int i = 0; i < trades.size(); i++) {
            WalletTrade trade = trades.get(i);
            BigDecimal[] flow = flows.computeIfAbsent(trade.market(), market -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            boolean longReference = trade.token().equals(reference.get(trade.market())) == (trade.side() == Side.BUY);
            int way = longReference ? 0 : 1;
            flow[way] = flow[way].add(trade.size().shares());
            if (makerTradeIds != null && makerTradeIds.contains(trade.id())) maker++;
            times[i] = trade.eventTime().toEpochMilli();
            sizes[i] = trade.size().shares().doubleValue();
        }
        return new Evidence(trades.size(), flows.size(), twoSidedness(flows),
                makerTradeIds == null || trades.isEmpty() ? null : ratio(maker, trades.size()),
                intervalCv(times), robustCv(sizes), heldToResolution(positions),
                markout1h.sample() == 0 ? null : markout1h.average(), markout1h.sample(), realisedEdge(positions), resolved(positions),
                closingLine.sample() == 0 ? null : closingLine.average(), closingLine.sample() < 2 ? null : closingLine.tStatistic(),
                closingLine.sample());
    }

    /** Win rate − cost-weighted entry price over the positions held to resolution. */
    private static BigDecimal realisedEdge(List<WalletPosition> positions) {
        int n = 0, wins = 0;
        BigDecimal cost = BigDecimal.ZERO, shares = BigDecimal.ZERO;
        for (WalletPosition p : positions) {
            if (p.status() != WalletPosition.Status.RESOLVED) continue;
            n++;
            if (p.won()) wins++;
            cost = cost.add(p.cost().amount());
            shares = shares.add(p.boughtShares().shares());
        }
        if (n == 0) return null;
        return ratio(wins, n).subtract(cost.divide(shares, SCALE, RoundingMode.HALF_EVEN));
    }

    private static int resolved(List<WalletPosition> positions) {
        return (int) positions.stream().filter(p -> p.status() == WalletPosition.Status.RESOLVED).count();
    }

    private static BigDecimal twoSidedness(Map<ConditionId, BigDecimal[]> flows) {
        BigDecimal matched = BigDecimal.ZERO, total = BigDecimal.ZERO;
        for (BigDecimal[] flow : flows.values()) {
            matched = matched.add(flow[0].min(flow[1]));
            total = total.add(flow[0]).add(flow[1]);
        }
        return total.signum() == 0 ? null : matched.add(matched).divide(total, SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal intervalCv(long[] times) {
        if (times.length < 3) return null;
        long[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        double[] gaps = new double[sorted.length - 1];
        for (int i = 1; i < sorted.length; i++) gaps[i - 1] = sorted[i] - sorted[i - 1];
        return robustCv(gaps);
    }

    /**
     * 1.4826·MAD / median (equal to sd / mean for normal data), null with fewer than 2 values or a
     * zero median. Unlike sd / mean, a few outliers (a missed beat, one odd size) do not move it.
     */
    static BigDecimal robustCv(double[] values) {
        if (values.length < 2) return null;
        double median = median(values.clone());
        if (median == 0) return null;
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) deviations[i] = Math.abs(values[i] - median);
        return BigDecimal.valueOf(1.4826 * median(deviations) / median).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** Population sd / mean; null with fewer than 2 values or a zero mean. */
    static BigDecimal coefficientOfVariation(double[] values) {
        if (values.length < 2) return null;
        double mean = 0;
        for (double v : values) mean += v;
        mean /= values.length;
        if (mean == 0) return null;
        double squares = 0;
        for (double v : values) squares += (v - mean) * (v - mean);
        return BigDecimal.valueOf(Math.sqrt(squares / values.length) / mean).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal heldToResolution(List<WalletPosition> positions) {
        int finished = 0, resolved = 0;
        for (WalletPosition position : positions) {
            if (!position.finished()) continue;
            finished++;
            if (position.status() == WalletPosition.Status.RESOLVED) resolved++;
        }
        return finished == 0 ? null : ratio(resolved, finished);
    }

    private static BigDecimal ratio(int part, int whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), SCALE, RoundingMode.HALF_EVEN);
    }
}
