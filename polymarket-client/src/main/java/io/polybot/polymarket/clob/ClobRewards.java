package io.polybot.polymarket.clob;

import static io.polybot.polymarket.internal.RestTransport.query;

import io.polybot.polymarket.http.PolymarketRateLimits;
import io.polybot.polymarket.internal.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The liquidity-rewards endpoints of the CLOB (PROTOCOL §4.1, §4.5), from {@link ClobClient#rewards()}.
 * The market lists are public; the {@code /rewards/user} family is L2-signed. None has a published
 * rate limit of its own, so they share the CLOB general budget. Shapes follow the official
 * clients (the protocol notes only "reward configs" / "reward data").
 */
public final class ClobRewards {
    private final ClobClient client;

    ClobRewards(ClobClient client) {
        this.client = client;
    }

    /** One page of {@code GET /rewards/markets/current}: every market paying rewards now. */
    public CursorPage<MarketRewards> currentMarkets(String cursor) {
        return page(client.get("/rewards/markets/current", query("next_cursor", cursor), PolymarketRateLimits.CLOB_OTHER),
                "/rewards/markets/current", ClobRewards::marketRewards);
    }

    /** One page of {@code GET /rewards/markets/{condition_id}}: the reward programs of one market. */
    public CursorPage<MarketRewards> market(String conditionId, String cursor) {
        String path = "/rewards/markets/" + conditionId;
        return page(client.get(path, query("next_cursor", cursor), PolymarketRateLimits.CLOB_OTHER), path, ClobRewards::marketRewards);
    }

    /** One page of {@code GET /rewards/user}: this account's earnings per market on {@code date}. */
    public CursorPage<UserEarning> userEarnings(LocalDate date, Integer signatureType, String cursor) {
        return page(l2("/rewards/user", query("date", date, "signature_type", signatureType, "next_cursor", cursor)),
                "/rewards/user", ClobRewards::userEarning);
    }

    /** {@code GET /rewards/user/total}: this account's total earnings on {@code date}, one row per paid asset. */
    public List<UserEarning> userTotalEarnings(LocalDate date, Integer signatureType) {
        String body = l2("/rewards/user/total", query("date", date, "signature_type", signatureType));
        return client.rows.readArray(Json.parse(body, "/rewards/user/total"), "/rewards/user/total", ClobRewards::userEarning).rows();
    }

    /** {@code GET /rewards/user/percentages}: this account's share of each market's rewards, in percent, by condition id. */
    public Map<String, BigDecimal> userPercentages(Integer signatureType) {
        String what = "/rewards/user/percentages";
        JsonNode n = Json.requireObject(Json.parse(l2(what, query("signature_type", signatureType)), what), what);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String market : n.propertyNames()) out.put(market, Json.decimal(n, market, what));
        return out;
    }

    /** One page of {@code GET /rewards/user/markets}: reward terms and this account's earnings per market on {@code date}. */
    public CursorPage<UserMarketEarnings> userMarkets(LocalDate date, Integer signatureType, String cursor) {
        return page(l2("/rewards/user/markets", query("date", date, "signature_type", signatureType, "next_cursor", cursor)),
                "/rewards/user/markets", ClobRewards::userMarketEarnings);
    }

    private String l2(String path, String query) {
        return client.l2(PolymarketRateLimits.CLOB_OTHER, "GET", path, query, null, true);
    }

    private <T> CursorPage<T> page(String body, String what, java.util.function.Function<JsonNode, T> row) {
        return ClobParsers.page(body, what, client.rows, row);
    }

    static MarketRewards marketRewards(JsonNode n) {
        String what = "market rewards";
        Json.requireObject(n, what);
        return new MarketRewards(Json.text(n, "condition_id", what), Json.optText(n, "question", null),
                Json.optText(n, "market_slug", null), Json.optText(n, "event_slug", null),
                Json.optDecimal(n, "rewards_max_spread", what), Json.optDecimal(n, "rewards_min_size", what), configs(n, what));
    }

    static UserEarning userEarning(JsonNode n) {
        String what = "user earning";
        Json.requireObject(n, what);
        return new UserEarning(Json.optText(n, "date", null), Json.optText(n, "condition_id", null),
                Json.optText(n, "asset_address", null), Json.optText(n, "maker_address", null),
                Json.decimal(n, "earnings", what), Json.optDecimal(n, "asset_rate", what));
    }

    static UserMarketEarnings userMarketEarnings(JsonNode n) {
        String what = "user market earnings";
        Json.requireObject(n, what);
        List<UserMarketEarnings.Earning> earnings = new ArrayList<>();
        for (JsonNode e : n.path("earnings")) {
            earnings.add(new UserMarketEarnings.Earning(Json.optText(e, "asset_address", null), Json.decimal(e, "earnings", what),
                    Json.optDecimal(e, "asset_rate", what)));
        }
        return new UserMarketEarnings(Json.text(n, "condition_id", what), Json.optText(n, "question", null),
                Json.optText(n, "market_slug", null), Json.optDecimal(n, "rewards_max_spread", what),
                Json.optDecimal(n, "rewards_min_size", what), Json.optDecimal(n, "market_competitiveness", what),
                Json.optText(n, "maker_address", null), Json.optDecimal(n, "earning_percentage", what), configs(n, what), earnings);
    }

    private static List<RewardsConfig> configs(JsonNode n, String what) {
        List<RewardsConfig> out = new ArrayList<>();
        for (JsonNode c : n.path("rewards_config")) {
            out.add(new RewardsConfig(Json.optText(c, "asset_address", null), Json.optText(c, "start_date", null),
                    Json.optText(c, "end_date", null), Json.optDecimal(c, "rate_per_day", what), Json.optDecimal(c, "total_rewards", what)));
        }
        return out;
    }
}
