package io.polybot.strategy.intelligence.classification;

import java.math.BigDecimal;

/**
 * The cut-offs of {@link WalletClassifier}, explicit so a label can be explained and re-tuned.
 *
 * @param minimumTrades          below this, UNKNOWN: too little to tell
 * @param makerShareForMaker     MARKET_MAKER when at least this share of trades are maker fills …
 * @param twoSidednessForMaker   … and at least this much of the flow is matched both ways
 * @param twoSidednessWithoutMakerData MARKET_MAKER on flow alone when maker flags are unknown
 * @param botIntervalCv          BOT when the gaps between trades vary at most this much (random arrivals: ~1) …
 * @param botSizeCv              … and trade sizes at most this much
 * @param informedTwoSidedness   INFORMED only if at most this much flow is two-way (it takes a side) …
 * @param informedHeldToResolution … it holds at least this share of positions to resolution …
 * @param informedMarkout        … and the price moves its way by at least this within 1 h (price points) …
 * @param informedMarkoutSample  … measured over at least this many trades
 */
public record ClassifierThresholds(int minimumTrades, BigDecimal makerShareForMaker, BigDecimal twoSidednessForMaker,
                                   BigDecimal twoSidednessWithoutMakerData, BigDecimal botIntervalCv, BigDecimal botSizeCv,
                                   BigDecimal informedTwoSidedness, BigDecimal informedHeldToResolution,
                                   BigDecimal informedMarkout, int informedMarkoutSample) {

    /** 20 trades; maker ≥ 60% with two-sidedness ≥ 50% (or ≥ 70% without maker data); bot CVs ≤ 0.25 and 0.10; informed ≤ 20% two-way, ≥ 60% held, markout ≥ 2¢ over ≥ 10 trades. */
    public static ClassifierThresholds defaults() {
        return new ClassifierThresholds(20, new BigDecimal("0.60"), new BigDecimal("0.50"), new BigDecimal("0.70"),
                new BigDecimal("0.25"), new BigDecimal("0.10"), new BigDecimal("0.20"), new BigDecimal("0.60"),
                new BigDecimal("0.02"), 10);
    }
}
