package io.polybot.strategy.intelligence.classification;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The features a wallet's class rests on, stored beside the label. Ratios have 6 decimals;
 * a null feature could not be measured (too few trades, positions or prints).
 *
 * @param trades            trades examined
 * @param markets           distinct markets traded (breadth)
 * @param twoSidedness      2·Σ min(long, short) / Σ (long + short) shares per market, where buying one outcome or selling
 *                          another is long the first: 0 = only one way, 1 = as much each way (buying NO is selling YES)
 * @param makerShare        share of trades where the wallet was the maker (from {@code takerOnly=false} rows); null when unknown
 * @param intervalCv        robust coefficient of variation (1.4826·MAD / median) of the times between trades: ~1 for random
 *                          arrivals, ~0 for a clock; robust, so a few missed beats or a restart do not hide the clock
 * @param sizeCv            robust coefficient of variation of trade sizes in shares: ~0 when every trade is the same size
 * @param heldToResolution  share of finished positions held until the market resolved
 * @param markout1h         average favourable price move 1 h after the trades, in price points
 * @param markoutSample     trades the markout rests on
 * @param realisedEdge      over positions held to resolution: win rate − average entry price (how much more often it won
 *                          than its prices implied); null without such positions
 * @param resolvedPositions positions held to resolution the edge rests on
 * @param closingLineValue  average move of the market towards the wallet's positions after it took them (close − entry,
 *                          price points; see {@link io.polybot.strategy.intelligence.scoring.ClosingLineValue}); null without a later print
 * @param closingLineT      that average over its standard error: how far beyond chance it is
 * @param closingLineSample positions it rests on
 */
public record Evidence(int trades, int markets, BigDecimal twoSidedness, BigDecimal makerShare, BigDecimal intervalCv,
                       BigDecimal sizeCv, BigDecimal heldToResolution, BigDecimal markout1h, int markoutSample,
                       BigDecimal realisedEdge, int resolvedPositions,
                       BigDecimal closingLineValue, BigDecimal closingLineT, int closingLineSample) {

    /** The features as text, for the {@code classification_evidence} column and the dashboard. */
    public Map<String, String> asMap() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("trades", Integer.toString(trades));
        map.put("markets", Integer.toString(markets));
        put(map, "twoSidedness", twoSidedness);
        put(map, "makerShare", makerShare);
        put(map, "intervalCv", intervalCv);
        put(map, "sizeCv", sizeCv);
        put(map, "heldToResolution", heldToResolution);
        put(map, "markout1h", markout1h);
        map.put("markoutSample", Integer.toString(markoutSample));
        put(map, "realisedEdge", realisedEdge);
        map.put("resolvedPositions", Integer.toString(resolvedPositions));
        put(map, "closingLineValue", closingLineValue);
        put(map, "closingLineT", closingLineT);
        map.put("closingLineSample", Integer.toString(closingLineSample));
        return map;
    }

    private static void put(Map<String, String> map, String key, BigDecimal value) {
        map.put(key, value == null ? "n/a" : value.toPlainString());
    }
}
