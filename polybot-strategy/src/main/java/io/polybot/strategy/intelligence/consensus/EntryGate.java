package io.polybot.strategy.intelligence.consensus;

import io.polybot.core.money.Price;
import io.polybot.strategy.intelligence.scoring.EdgeMath;
import io.polybot.strategy.intelligence.scoring.WalletScore;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether a copy may still be entered at the current price (ARCHITECTURE §4): at least 5¢ of
 * upside, the price not run more than the slippage limit past the whales' VWAP entry, and a
 * positive expected value after taker fees. All three are checked and reported.
 */
public final class EntryGate {
    private static final int SCALE = 6;
    private static final BigDecimal ALMOST_ONE = new BigDecimal("0.999999");

    private final EntryGateConfig config;

    public EntryGate(EntryGateConfig config) { this.config = config; }

    /**
     * @param price          what a follower would pay now
     * @param whalesVwap     the whales' volume-weighted entry
     * @param winProbability q, e.g. from {@link #winProbability}
     */
    public GateResult evaluate(Price price, BigDecimal whalesVwap, BigDecimal winProbability) {
        BigDecimal p = price.value();
        BigDecimal slippage = p.subtract(whalesVwap).divide(whalesVwap, MathContext.DECIMAL64);
        BigDecimal ev = EdgeMath.expectedValuePerDollar(winProbability, p, config.takerFeeRate());
        List<String> failures = new ArrayList<>();
        if (p.compareTo(config.maxPrice()) > 0)
            failures.add("price " + p.toPlainString() + " above " + config.maxPrice().toPlainString() + ": under 5¢ of upside");
        if (slippage.compareTo(config.slippageLimit()) > 0)
            failures.add("price ran " + round(slippage).toPlainString() + " past the whales' VWAP " + whalesVwap.toPlainString()
                    + ", limit " + config.slippageLimit().toPlainString());
        if (ev.signum() <= 0) failures.add("expected value after fees " + round(ev).toPlainString() + " per dollar is not positive");
        return new GateResult(failures.isEmpty(), failures, p, whalesVwap, round(slippage), BigDecimal.ONE.subtract(p),
                winProbability, round(ev));
    }

    /**
     * A conservative win probability for following wallets that bought at {@code whalesVwap}: the
     * VWAP plus the wallets' average edge, each wallet's edge being its Wilson lower bound minus the
     * average price it paid (how much more often it wins than its prices implied, at 95% confidence).
     * Capped below 1. Without scores, the VWAP itself (no edge assumed).
     */
    public static BigDecimal winProbability(BigDecimal whalesVwap, Collection<WalletScore> scores) {
        if (scores.isEmpty()) return whalesVwap;
        BigDecimal edge = BigDecimal.ZERO;
        for (WalletScore score : scores) edge = edge.add(score.lifetime().lower().subtract(score.averageEntryPrice()));
        BigDecimal q = whalesVwap.add(edge.divide(BigDecimal.valueOf(scores.size()), SCALE, RoundingMode.HALF_EVEN));
        return q.signum() < 0 ? BigDecimal.ZERO : q.min(ALMOST_ONE);
    }

    private static BigDecimal round(BigDecimal value) { return value.setScale(SCALE, RoundingMode.HALF_EVEN); }
}
