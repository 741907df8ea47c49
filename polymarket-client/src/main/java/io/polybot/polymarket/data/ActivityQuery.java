package io.polybot.polymarket.data;

import io.polybot.polymarket.internal.RestTransport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Parameters of Data API {@code /activity} for one wallet, newest first.
 *
 * @param types activity types such as "TRADE", "REDEEM" (empty = all)
 * @param start inclusive lower bound, or null
 * @param end upper bound, or null
 * @param limit 1..500
 * @param offset 0..10,000
 */
public record ActivityQuery(String user, List<String> markets, List<String> types, Instant start, Instant end,
        int limit, int offset) {
    public static final int MAX_LIMIT = 500;
    public static final int MAX_OFFSET = 10_000;

    public ActivityQuery {
        Objects.requireNonNull(user, "user");
        markets = List.copyOf(markets);
        types = List.copyOf(types);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be in 0.." + MAX_OFFSET + ", was " + offset);
    }

    public static ActivityQuery forUser(String user) {
        return new ActivityQuery(user, List.of(), List.of(), null, null, 100, 0);
    }

    public ActivityQuery withTypes(List<String> activityTypes) {
        return new ActivityQuery(user, markets, activityTypes, start, end, limit, offset);
    }

    public ActivityQuery withMarkets(List<String> conditionIds) {
        return new ActivityQuery(user, conditionIds, types, start, end, limit, offset);
    }

    public ActivityQuery between(Instant from, Instant to) {
        return new ActivityQuery(user, markets, types, from, to, limit, offset);
    }

    public ActivityQuery withLimit(int rows) {
        return new ActivityQuery(user, markets, types, start, end, rows, offset);
    }

    public ActivityQuery withOffset(int rows) {
        return new ActivityQuery(user, markets, types, start, end, limit, rows);
    }

    String toQueryString() {
        return RestTransport.query("user", user, "market", markets.isEmpty() ? null : String.join(",", markets),
                "type", types.isEmpty() ? null : String.join(",", types),
                "start", start == null ? null : start.getEpochSecond(), "end", end == null ? null : end.getEpochSecond(),
                "limit", limit, "offset", offset);
    }
}
