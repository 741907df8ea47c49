package io.polybot.strategy.intelligence.classification;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The cut-offs of {@link WalletClassifier}, explicit so a label can be explained and re-tuned.
 *
 * @param minimumTrades          below this, never MARKET_MAKER or BOT: too few trades to see a quoting or a clock pattern
 *                               (INFORMED has its own sample, {@code informedPositions})
 * @param makerShareForMaker     MARKET_MAKER when at least this share of trades are maker fills …
 * @param twoSidednessForMaker   … and at least this much of the flow is matched both ways
 * @param twoSidednessWithoutMakerData MARKET_MAKER on flow alone when maker flags are unknown
 * @param botIntervalCv          BOT when the gaps between trades vary at most this much (random arrivals: ~1) …
 * @param botSizeCv              … and trade sizes at most this much
 * @param informedTwoSidedness   INFORMED only if at most this much flow is two-way (it takes a side) …
 * @param informedHeldToResolution … it holds at least this share of positions to resolution …
 * @param informedClosingLine  … the market moved its way after it bought, by at least this on average (closing line
 *                             value, price points) …
 * @param informedClosingLineT … beyond chance: that average more standard errors above zero than Student's t at the
 *                             confidence whose normal quantile this is, for the sample's degrees of freedom (see
 *                             {@link #informedClosingLineT(int)}) …
 * @param informedPositions    … over at least this many positions
 */
public record ClassifierThresholds(int minimumTrades, BigDecimal makerShareForMaker, BigDecimal twoSidednessForMaker,
                                   BigDecimal twoSidednessWithoutMakerData, BigDecimal botIntervalCv, BigDecimal botSizeCv,
                                   BigDecimal informedTwoSidedness, BigDecimal informedHeldToResolution,
                                   BigDecimal informedClosingLine, BigDecimal informedClosingLineT, int informedPositions) {

    /**
     * 20 trades for the trade-pattern labels; maker ≥ 60% with two-sidedness ≥ 10% (a maker's inventory leans with the
     * takers' flow) (or ≥ 70% without maker data); bot robust CVs ≤ 0.25 and 0.10; informed ≤ 12% two-way, ≥ 60% held,
     * closing line value ≥ 2¢ with t beyond one-sided 90% (1.282 for a large sample, 1.64 over 4 positions) over ≥ 4
     * positions. 2¢ because a follower pays about a
     * cent of spread and the taker fee: a smaller edge is worth nothing to copy. The edge is tested on the closing line,
     * not on results or a 1 h markout: a few resolved bets are mostly luck, so a realised-edge rule either admits a lucky
     * buy-and-hold gambler or demands more history than a young wallet has, and a 1 h markout needs a print within the
     * hour after each trade. The test is one-sided at 90% because it is one of four conditions a gambler must all meet.
     */
    public static ClassifierThresholds defaults() {
        return new ClassifierThresholds(20, new BigDecimal("0.60"), new BigDecimal("0.10"), new BigDecimal("0.70"),
                new BigDecimal("0.25"), new BigDecimal("0.10"), new BigDecimal("0.12"), new BigDecimal("0.60"),
                new BigDecimal("0.02"), new BigDecimal("1.282"), 4);
    }

    /**
     * The t a closing-line average over {@code sample} positions must reach: Student's t quantile with sample − 1 degrees
     * of freedom at the confidence of {@code informedClosingLineT} (a normal quantile), by the Cornish–Fisher expansion
     * (Abramowitz &amp; Stegun 26.7.5, within 0.002 from 3 degrees of freedom). The normal bar alone would trust a 4-position
     * t as much as a 40-position one, although the standard error of a few positions is itself a guess; the exact bar
     * lets a wallet with few but consistent positions qualify while asking more of a small sample than of a large one.
     */
    public BigDecimal informedClosingLineT(int sample) {
        if (sample < 2) return null;
        double z = informedClosingLineT.doubleValue(), v = sample - 1, z2 = z * z; // a quantile series: double, rounded to 6 decimals
        double t = z + z * (z2 + 1) / (4 * v) + z * (5 * z2 * z2 + 16 * z2 + 3) / (96 * v * v)
                + z * (3 * z2 * z2 * z2 + 19 * z2 * z2 + 17 * z2 - 15) / (384 * v * v * v);
        return BigDecimal.valueOf(t).setScale(6, RoundingMode.HALF_EVEN);
    }
}
