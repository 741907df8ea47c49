package io.polybot.polymarket.gamma;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An event as Gamma describes it (PROTOCOL §6.2): a group of markets on one question family,
 * e.g. the neg-risk markets of one election ({@code negRisk} true).
 *
 * <p>Its markets carry the event's slug as their {@code eventSlug}. A nested market that could
 * not be read is left out and counted by the client; the event is kept.
 *
 * @param endDate null when Gamma gives none
 */
public record GammaEvent(String id, String slug, String title, boolean active, boolean closed, boolean archived,
        boolean negRisk, String negRiskMarketId, Instant endDate, List<GammaMarket> markets) {
    public GammaEvent {
        Objects.requireNonNull(id, "id");
        markets = List.copyOf(markets);
    }
}
