package io.polybot.core.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A binary (or neg-risk member) prediction market with its outcome tokens and trading rules.
 *
 * @param winningToken set once the market is RESOLVED
 */
public record Market(ConditionId conditionId, String question, String slug, String eventSlug, String category,
                     List<OutcomeToken> tokens, BigDecimal tickSize, BigDecimal minOrderSize, boolean negRisk,
                     Instant endDate, MarketStatus status, TokenId winningToken) {
    public Market {
        if (conditionId == null || question == null) throw new IllegalArgumentException("condition id and question are required");
        tokens = List.copyOf(tokens);
        if (tokens.isEmpty()) throw new IllegalArgumentException("a market needs outcome tokens: " + conditionId);
        if (tickSize == null || tickSize.signum() <= 0) throw new IllegalArgumentException("tick size must be > 0 for " + conditionId);
        if (minOrderSize == null || minOrderSize.signum() < 0) throw new IllegalArgumentException("min order size must be >= 0 for " + conditionId);
        if (status == null) throw new IllegalArgumentException("status is required for " + conditionId);
    }

    public Optional<OutcomeToken> token(TokenId tokenId) {
        return tokens.stream().filter(t -> t.tokenId().equals(tokenId)).findFirst();
    }

    public Market withStatus(MarketStatus newStatus, TokenId winner) {
        return new Market(conditionId, question, slug, eventSlug, category, tokens, tickSize, minOrderSize, negRisk, endDate, newStatus, winner);
    }
}
