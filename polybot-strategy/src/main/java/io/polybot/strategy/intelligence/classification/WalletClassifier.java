package io.polybot.strategy.intelligence.classification;

import java.math.BigDecimal;

/**
 * Labels a wallet from its {@link Evidence}. Rules are tried in order, first match wins:
 * market maker (its fills carry no view, so it must never look informed), then bot (both only with
 * enough trades to show the pattern), then informed (one-way, held, and the market moved its way
 * beyond chance); otherwise unknown. Every rule needs its features measured; a missing one never matches.
 */
public final class WalletClassifier {
    private final ClassifierThresholds limits;

    public WalletClassifier(ClassifierThresholds limits) { this.limits = limits; }

    public Classification classify(Evidence e) {
        // Quoting and clock patterns need many trades to show; an informed whale may place a few large
        // orders, so its test rests on its own sample of positions instead.
        boolean patternSample = e.trades() >= limits.minimumTrades();
        if (patternSample && (e.makerShare() != null
                ? atLeast(e.makerShare(), limits.makerShareForMaker()) && atLeast(e.twoSidedness(), limits.twoSidednessForMaker())
                : atLeast(e.twoSidedness(), limits.twoSidednessWithoutMakerData())))
            return new Classification(WalletClass.MARKET_MAKER, e, "maker share " + text(e.makerShare()) + ", two-sidedness " + text(e.twoSidedness()));
        if (patternSample && atMost(e.intervalCv(), limits.botIntervalCv()) && atMost(e.sizeCv(), limits.botSizeCv()))
            return new Classification(WalletClass.BOT, e, "interval CV " + text(e.intervalCv()) + ", size CV " + text(e.sizeCv()));
        if (atMost(e.twoSidedness(), limits.informedTwoSidedness())
                && atLeast(e.heldToResolution(), limits.informedHeldToResolution())
                && e.closingLineSample() >= limits.informedPositions()
                && atLeast(e.closingLineValue(), limits.informedClosingLine())
                && atLeast(e.closingLineT(), limits.informedClosingLineT(e.closingLineSample())))
            return new Classification(WalletClass.INFORMED, e, "one-way (" + text(e.twoSidedness()) + "), holds "
                    + text(e.heldToResolution()) + " to resolution, closing line value " + text(e.closingLineValue()) + " (t "
                    + text(e.closingLineT()) + " ≥ " + text(limits.informedClosingLineT(e.closingLineSample())) + ") over "
                    + e.closingLineSample() + " positions, realised edge " + text(e.realisedEdge()) + " over " + e.resolvedPositions() + ", 1 h markout " + text(e.markout1h()));
        if (!patternSample) return new Classification(WalletClass.UNKNOWN, e, e.trades() + " trades, fewer than " + limits.minimumTrades());
        return new Classification(WalletClass.UNKNOWN, e, "no pattern matched");
    }

    private static boolean atLeast(BigDecimal value, BigDecimal limit) { return value != null && limit != null && value.compareTo(limit) >= 0; }

    private static boolean atMost(BigDecimal value, BigDecimal limit) { return value != null && value.compareTo(limit) <= 0; }

    private static String text(BigDecimal value) { return value == null ? "n/a" : value.toPlainString(); }
}
