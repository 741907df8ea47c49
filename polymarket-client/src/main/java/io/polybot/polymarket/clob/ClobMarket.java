package io.polybot.polymarket.clob;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A market as the CLOB describes it ({@code /markets}, {@code /markets/{condition_id}},
 * PROTOCOL §4.4). {@code tokens[].winner} tells the resolved outcome.
 *
 * @param endDateIso as served, null when absent
 */
public record ClobMarket(String conditionId, String questionId, String question, String marketSlug,
        boolean active, boolean closed, boolean archived, boolean acceptingOrders, boolean enableOrderBook,
        BigDecimal minimumOrderSize, BigDecimal minimumTickSize, boolean negRisk, String negRiskMarketId,
        String endDateIso, BigDecimal makerBaseFee, BigDecimal takerBaseFee, List<Token> tokens, List<String> tags) {
    public ClobMarket {
        Objects.requireNonNull(conditionId, "conditionId");
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
    }

    /** One outcome token of a market; {@code price} may be null, {@code winner} is true once it won. */
    public record Token(String tokenId, String outcome, BigDecimal price, boolean winner) {
        public Token {
            Objects.requireNonNull(tokenId, "tokenId");
        }
    }
}
