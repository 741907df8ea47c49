package io.polybot.polymarket.gamma;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A market as Gamma describes it (PROTOCOL §6.2), with the JSON-encoded string fields
 * ({@code outcomes}, {@code clobTokenIds}, {@code outcomePrices}) already decoded.
 *
 * @param endDate null when Gamma gives none
 */
public record GammaMarket(String id, String conditionId, String question, String slug, String eventSlug,
                          String category, List<String> outcomes, List<String> clobTokenIds, List<BigDecimal> outcomePrices,
                          BigDecimal orderPriceMinTickSize, BigDecimal orderMinSize, boolean negRisk, boolean active,
                          boolean closed, boolean acceptingOrders, boolean enableOrderBook, Instant endDate,
                          String umaResolutionStatus) {
    public GammaMarket {
        outcomes = List.copyOf(outcomes);
        clobTokenIds = List.copyOf(clobTokenIds);
        outcomePrices = List.copyOf(outcomePrices);
    }

    /** Gamma's own rule: trade only when the book is enabled and orders are accepted. */
    public boolean tradable() { return active && !closed && acceptingOrders && enableOrderBook; }
}
