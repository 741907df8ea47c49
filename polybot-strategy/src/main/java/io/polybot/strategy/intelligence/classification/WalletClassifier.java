package io.polybot.strategy.intelligence.classification;

import java.math.BigDecimal;

/**
 * Labels a wallet from its {@link Evidence}. Rules are tried in order, first match wins:
 * market maker (its fills carry no view, so it must never look informed), then bot, then informed;
 * otherwise unknown. Every rule needs its features measured; a missing one never matches.
 */
public final class WalletClassifier {
    private final ClassifierThresholds limits;

    public WalletClassifier(ClassifierThresholds limits) { this.limits = limits; }

    public Classification classify(Evidence e) {
        if (e.trades() < limits.minimumTrades())
            return new Classification(WalletClass.UNKNOWN, e, e.trades() + " trades, fewer than " + limits.minimumTrades());
        if (e.makerShare() != null
                ? atLeast(e.makerShare(), limits.makerShareForMaker()) && atLeast(e.twoSidedness(), limits.twoSidednessForMaker())
                : atLeast(e.twoSidedness(), limits.twoSidednessWithoutMakerData()))
            return new Classification(WalletClass.MARKET_MAKER, e, "maker share " + text(e.makerShare()) + ", two-sidedness " + text(e.twoSidedness()));
        if (atMost(e.intervalCv(), limits.botIntervalCv()) && atMost(e.sizeCv(), limits.botSizeCv()))
            return new Classification(WalletClass.BOT, e, "interval CV " + text(e.intervalCv()) + ", size CV " + text(e.sizeCv()));
        if (atMost(e.twoSidedness(), limits.informedTwoSidedness())
                && atLeast(e.heldToResolution(), limits.informedHeldToResolution())
                && e.markoutSample() >= limits.informedMarkoutSample()
                && atLeast(e.markout1h(), limits.informedMarkout())
                && e.resolvedPositions() >= limits.informedPositions()
                && atLeast(e.realisedEdge(), limits.informedEdge()))
            return new Classification(WalletClass.INFORMED, e, "one-way (" + text(e.twoSidedness()) + "), holds "
                    + text(e.heldToResolution()) + " to resolution, realised edge " + text(e.realisedEdge()) + " over "
                    + e.resolvedPositions() + " positions, 1 h markout " + text(e.markout1h()));
        return new Classification(WalletClass.UNKNOWN, e, "no pattern matched");
    }

    private static boolean atLeast(BigDecimal value, BigDecimal limit) { return value != null && value.compareTo(limit) >= 0; }

    private static boolean atMost(BigDecimal value, BigDecimal limit) { return value != null && value.compareTo(limit) <= 0; }

    private static String text(BigDecimal value) { return value == null ? "n/a" : value.toPlainString(); }
}
