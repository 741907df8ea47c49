package io.polybot.strategy.intelligence.consensus;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A basket's agreement on one outcome: votes net-buying it ÷ votes active in the market within
 * the window, linked wallets voting once.
 *
 * @param share           agreeing / active, 4 decimals (0 when nobody is active)
 * @param reached         share above the threshold and enough agreeing votes
 * @param agreeingVotes   the group ids (or addresses) that net-bought the outcome
 * @param triggeringTrades ids of the agreeing votes' buys of the outcome in the window
 * @param whalesVwap      Σ price·size / Σ size of those buys, 6 decimals (null when none)
 */
public record Consensus(String basket, ConditionId market, TokenId token, Instant windowStart, Instant windowEnd,
                        int agreeing, int active, BigDecimal share, boolean reached, List<String> agreeingVotes,
                        List<String> triggeringTrades, BigDecimal whalesVwap) {
    public Consensus {
        agreeingVotes = List.copyOf(agreeingVotes);
        triggeringTrades = List.copyOf(triggeringTrades);
    }

    /** The figures for a signal's provenance. */
    public Map<String, String> asProvenance() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("basket", basket);
        map.put("consensus.agreeing", Integer.toString(agreeing));
        map.put("consensus.active", Integer.toString(active));
        map.put("consensus.share", share.toPlainString());
        map.put("consensus.window", windowStart + "/" + windowEnd);
        map.put("consensus.votes", String.join(",", agreeingVotes));
        map.put("whalesVwap", whalesVwap == null ? "n/a" : whalesVwap.toPlainString());
        map.put("triggeringTrades", String.join(",", triggeringTrades));
        return map;
    }
}
