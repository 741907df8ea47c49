package io.polybot.polymarket.clob;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The compact market parameters of {@code GET /clob-markets/{condition_id}} (PROTOCOL §4.3),
 * which the official client caches per token: tick, minimum size, neg-risk and base fees.
 *
 * @param makerBaseFeeBps {@code mbf}, 0 when absent
 * @param takerBaseFeeBps {@code tbf}, 0 when absent
 * @param secondsDelay {@code sd}, 0 when absent
 */
public record ClobMarketInfo(String conditionId, List<OutcomeToken> tokens, BigDecimal minimumTickSize,
        BigDecimal minimumOrderSize, boolean negRisk, int makerBaseFeeBps, int takerBaseFeeBps,
        boolean acceptingOrders, int secondsDelay) {
    public ClobMarketInfo {
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(minimumTickSize, "minimumTickSize");
        tokens = List.copyOf(tokens);
    }

    /** A token id and its outcome name ({@code t}, {@code o}). */
    public record OutcomeToken(String tokenId, String outcome) {}
}
