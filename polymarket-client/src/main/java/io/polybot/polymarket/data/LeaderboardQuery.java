package io.polybot.polymarket.data;

import io.polybot.polymarket.internal.RestTransport;
import java.util.Objects;

/**
 * Parameters of Data API {@code /v1/leaderboard}.
 *
 * @param category OVERALL, POLITICS, SPORTS, CRYPTO, ... as the API names them
 * @param timePeriod DAY, WEEK, MONTH or ALL
 * @param orderBy PNL or VOL
 * @param limit 1..50
 * @param offset 0..1,000
 */
public record LeaderboardQuery(String category, String timePeriod, String orderBy, int limit, int offset) {
    public static final int MAX_LIMIT = 50;
    public static final int MAX_OFFSET = 1_000;

    public LeaderboardQuery {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(timePeriod, "timePeriod");
        Objects.requireNonNull(orderBy, "orderBy");
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be in 0.." + MAX_OFFSET + ", was " + offset);
    }

    /** Overall PnL ranking of the period, 50 rows a page. */
    public static LeaderboardQuery byPnl(String timePeriod) {
        return new LeaderboardQuery("OVERALL", timePeriod, "PNL", MAX_LIMIT, 0);
    }

    public LeaderboardQuery withCategory(String name) {
        return new LeaderboardQuery(name, timePeriod, orderBy, limit, offset);
    }

    public LeaderboardQuery withOffset(int rows) {
        return new LeaderboardQuery(category, timePeriod, orderBy, limit, rows);
    }

    String toQueryString() {
        return RestTransport.query("category", category, "timePeriod", timePeriod, "orderBy", orderBy,
                "limit", limit, "offset", offset);
    }
}
