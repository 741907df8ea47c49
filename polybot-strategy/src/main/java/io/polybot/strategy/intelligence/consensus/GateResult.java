package io.polybot.strategy.intelligence.consensus;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entry gate's answer with the numbers it used (6 decimals).
 *
 * @param failures         why it said no, empty when it passed
 * @param slippage         (price − VWAP) / VWAP: how far the price ran since the whales bought
 * @param upside           1 − price
 * @param winProbability   the q the expected value was computed with
 * @param expectedValuePerDollar q/p − 1 − feeRate·(1 − p)
 */
public record GateResult(boolean passed, List<String> failures, BigDecimal price, BigDecimal whalesVwap, BigDecimal slippage,
                         BigDecimal upside, BigDecimal winProbability, BigDecimal expectedValuePerDollar) {
    public GateResult { failures = List.copyOf(failures); }

    public Map<String, String> asProvenance() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("gate.passed", Boolean.toString(passed));
        map.put("gate.price", price.toPlainString());
        map.put("gate.whalesVwap", whalesVwap.toPlainString());
        map.put("gate.slippage", slippage.toPlainString());
        map.put("gate.upside", upside.toPlainString());
        map.put("gate.winProbability", winProbability.toPlainString());
        map.put("gate.expectedValuePerDollar", expectedValuePerDollar.toPlainString());
        if (!passed) map.put("gate.failures", String.join("; ", failures));
        return map;
    }
}
