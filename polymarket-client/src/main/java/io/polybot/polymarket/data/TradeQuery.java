package io.polybot.polymarket.data;

import io.polybot.polymarket.internal.RestTransport;
import java.util.List;

/**
 * Parameters of Data API {@code /trades}. {@code takerOnly} defaults to true at the API (each
 * fill once, on its taker side); false adds the maker rows, which copy-trading needs to see a
 * whale's resting orders fill.
 *
 * @param user wallet address or null for all
 * @param markets condition ids (empty = all)
 * @param limit 1..10,000 (API default 100)
 * @param offset 0..10,000
 */
public record TradeQuery(String user, List<String> markets, boolean takerOnly, TradeSide side, int limit, int offset) {
    public static final int MAX_LIMIT = 10_000;
    public static final int MAX_OFFSET = 10_000;

    public TradeQuery {
        markets = List.copyOf(markets);
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT + ", was " + limit);
        if (offset < 0 || offset > MAX_OFFSET) throw new IllegalArgumentException("offset must be in 0.." + MAX_OFFSET + ", was " + offset);
    }

    /** All trades, taker side only, 100 per page. */
    public static TradeQuery all() {
        return new TradeQuery(null, List.of(), true, null, 100, 0);
    }

    public static TradeQuery forUser(String user) {
        return all().withUser(user);
    }

    public TradeQuery withUser(String wallet) {
        return new TradeQuery(wallet, markets, takerOnly, side, limit, offset);
    }

    public TradeQuery withMarkets(List<String> conditionIds) {
        return new TradeQuery(user, conditionIds, takerOnly, side, limit, offset);
    }

    public TradeQuery withTakerOnly(boolean only) {
        return new TradeQuery(user, markets, only, side, limit, offset);
    }

    public TradeQuery withSide(TradeSide tradeSide) {
        return new TradeQuery(user, markets, takerOnly, tradeSide, limit, offset);
    }

    public TradeQuery withLimit(int rows) {
        return new TradeQuery(user, markets, takerOnly, side, rows, offset);
    }

    public TradeQuery withOffset(int rows) {
        return new TradeQuery(user, markets, takerOnly, side, limit, rows);
    }

    String toQueryString() {
        return RestTransport.query("user", user, "market", markets.isEmpty() ? null : String.join(",", markets),
                "takerOnly", takerOnly, "side", side, "limit", limit, "offset", offset);
    }
}
