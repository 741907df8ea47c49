package io.polybot.strategy.intelligence.classification;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.positions.WalletPosition;
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
    public static Evidence extract(List<WalletTrade> trades, Set<String> makerTradeIds, List<WalletPosition> positions, Markout markout1h) {
        Set<Object> markets = new HashSet<>();
        Map<TokenId, BigDecimal[]> flows = new HashMap<>(); // token → {bought, sold} notional
        int maker = 0;
        long[] times = new long[trades.size()];
        double[] notionals = new double[trades.size()];
        for (int i = 0; i < trades.size(); i++) {
            WalletTrade trade = trades.get(i);
            markets.add(trade.market());
            BigDecimal[] flow = flows.computeIfAbsent(trade.token(), token -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            int side = trade.side() == Side.BUY ? 0 : 1;
            flow[side] = flow[side].add(trade.notional().amount());
            if (makerTradeIds != null && makerTradeIds.contains(trade.id())) maker++;
            times[i] = trade.eventTime().toEpochMilli();
            notionals[i] = trade.notional().amount().doubleValue();
        }
        return new Evidence(trades.size(), markets.size(), twoSidedness(flows),
                makerTradeIds == null || trades.isEmpty() ? null : ratio(maker, trades.size()),
                intervalCv(times), coefficientOfVariation(notionals), heldToResolution(positions),
                markout1h.sample() == 0 ? null : markout1h.average(), markout1h.sample());
    }

    private static BigDecimal twoSidedness(Map<TokenId, BigDecimal[]> flows) {
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
        return coefficientOfVariation(gaps);
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
