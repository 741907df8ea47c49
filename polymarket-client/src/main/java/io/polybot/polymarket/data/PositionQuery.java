package io.polybot.polymarket.data;

import io.polybot.polymarket.internal.RestTransport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of Data API {@code /positions} (open) for one wallet.
 *
 * @param sizeThreshold minimum size in shares (API default 1), or null
 * @param limit 1..500
 * @param offset 0..10,000
 */
public record PositionQuery(String user, List<String> markets, BigDecimal sizeThreshold, int limit, int offset) {
    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 10_000;

    public PositionQuery {
        Objects.requireNonNull(user, "user");
        markets = List.copyOf(markets);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be in 0.." + MAX_OFFSET + ", was " + offset);
    }

    public static PositionQuery forUser(String user) {
        return new PositionQuery(user, List.of(), null, 100, 0);
    }

    public PositionQuery withMarkets(List<String> conditionIds) {
        return new PositionQuery(user, conditionIds, sizeThreshold, limit, offset);
    }

    public PositionQuery withSizeThreshold(BigDecimal shares) {
        return new PositionQuery(user, markets, shares, limit, offset);
    }

    public PositionQuery withLimit(int rows) {
        return new PositionQuery(user, markets, sizeThreshold, rows, offset);
    }

    public PositionQuery withOffset(int rows) {
        return new PositionQuery(user, markets, sizeThreshold, limit, rows);
    }

    String toQueryString() {
        return RestTransport.query("user", user, "market", markets.isEmpty() ? null : String.join(",", markets),
                "sizeThreshold", sizeThreshold == null ? null : sizeThreshold.toPlainString(), "limit", limit, "offset", offset);
    }
}
