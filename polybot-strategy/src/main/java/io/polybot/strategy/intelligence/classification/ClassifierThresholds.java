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
 * @param informedMarkout   … the price does not run against it within 1 h by more than this (price points; adverse
 *                          selection is the mark of a trader others trade on, not of one who knows) …
 * @param informedMarkoutSample  … measured over at least this many trades …
 * @param informedEdge      … and it won more often than its prices implied, by at least this (realised edge) …
 * @param informedPositions … over at least this many positions held to resolution
 */
public record ClassifierThresholds(int minimumTrades, BigDecimal makerShareForMaker, BigDecimal twoSidednessForMaker,
                                   BigDecimal twoSidednessWithoutMakerData, BigDecimal botIntervalCv, BigDecimal botSizeCv,
                                   BigDecimal informedTwoSidedness, BigDecimal informedHeldToResolution,
                                   BigDecimal informedMarkout, int informedMarkoutSample, BigDecimal informedEdge, int informedPositions) {

    /**
     * 20 trades; maker ≥ 60% with two-sidedness ≥ 10% (a maker's inventory leans with the takers' flow) (or ≥ 70% without maker data); bot robust CVs ≤ 0.25 and 0.10;
     * informed ≤ 12% two-way, ≥ 60% held, 1 h markout ≥ −2¢ over ≥ 10 trades, realised edge ≥ −2 points over ≥ 2 resolved
     * positions (a few resolved bets say little about skill, so the edge only has to not be clearly negative: taking one side
     * and holding it is what sets an informed trader apart from noise). Tuned on the simulator's small worlds (seeds 1-5)
     * without the scorer reading their truth.
     */
    public static ClassifierThresholds defaults() {
        return new ClassifierThresholds(20, new BigDecimal("0.60"), new BigDecimal("0.10"), new BigDecimal("0.70"),
                new BigDecimal("0.25"), new BigDecimal("0.10"), new BigDecimal("0.12"), new BigDecimal("0.60"),
                new BigDecimal("-0.02"), 10, new BigDecimal("-0.02"), 2);
    }
}
