package io.polybot.polymarket.clob;

import io.polybot.polymarket.internal.RestTransport;
import java.time.Instant;
import java.util.Objects;

/**
 * Parameters of {@code GET /prices-history}: a token and either a range ({@code start}/{@code end})
 * or an {@code interval} ("max", "all", "1m", "1w", "1d", "6h", "1h").
 *
 * @param fidelityMinutes resolution in minutes, or null for the venue's default
 */
public record PricesHistoryQuery(String tokenId, Instant start, Instant end, String interval, Integer fidelityMinutes) {
    public PricesHistoryQuery {
        Objects.requireNonNull(tokenId, "tokenId");
        if (interval == null && (start == null || end == null))
            throw new IllegalArgumentException("give either an interval or both start and end");
    }

    public static PricesHistoryQuery interval(String tokenId, String interval, Integer fidelityMinutes) {
        return new PricesHistoryQuery(tokenId, null, null, interval, fidelityMinutes);
    }

    public static PricesHistoryQuery range(String tokenId, Instant start, Instant end, Integer fidelityMinutes) {
        return new PricesHistoryQuery(tokenId, start, end, null, fidelityMinutes);
    }

    String toQueryString() {
        return RestTransport.query("market", tokenId, "startTs", start == null ? null : start.getEpochSecond(),
                "endTs", end == null ? null : end.getEpochSecond(), "interval", interval, "fidelity", fidelityMinutes);
    }
}
