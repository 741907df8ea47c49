package io.polybot.polymarket.data;

import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.parse.ParsedRows;
import io.polybot.polymarket.parse.RowReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads Data API list responses row by row (unknown fields ignored; a missing required field
 * makes that row a counted {@link io.polybot.polymarket.parse.RowParseException}).
 *
 * <p>Accepts a leading UTF-8 byte-order mark, which some saved responses carry.
 */
public final class DataApiParser {
    private static final int UNKNOWN_OUTCOME_INDEX = 999;

    private final RowReader reader = new RowReader();

    /** Rows that failed to parse so far. */
    public long errorCount() {
        return reader.errorCount();
    }

    public ParsedRows<DataTrade> trades(String json) {
        return reader.readArray(root(json, "/trades"), "Data API /trades", DataApiParser::trade);
    }

    public ParsedRows<Activity> activity(String json) {
        return reader.readArray(root(json, "/activity"), "Data API /activity", DataApiParser::activity);
    }

    public ParsedRows<Position> positions(String json) {
        return reader.readArray(root(json, "/positions"), "Data API /positions", DataApiParser::position);
    }

    public ParsedRows<ClosedPosition> closedPositions(String json) {
        return reader.readArray(root(json, "/closed-positions"), "Data API /closed-positions", DataApiParser::closedPosition);
    }

    public ParsedRows<PortfolioValue> value(String json) {
        return reader.readArray(root(json, "/value"), "Data API /value",
                n -> new PortfolioValue(Json.text(n, "user", "value row"), Json.decimal(n, "value", "value row")));
    }

    /** {@code /holders}; the bare {@code null} served for an unknown market reads as no rows. */
    public ParsedRows<TokenHolders> holders(String json) {
        JsonNode root = root(json, "/holders");
        if (root.isNull()) return ParsedRows.empty();
        return reader.readArray(root, "Data API /holders", this::tokenHolders);
    }

    public ParsedRows<LeaderboardEntry> leaderboard(String json) {
        return reader.readArray(root(json, "/v1/leaderboard"), "Data API /v1/leaderboard", DataApiParser::leaderboardEntry);
    }

    static DataTrade trade(JsonNode n) {
        String what = "trade";
        Json.requireObject(n, what);
        return new DataTrade(Json.text(n, "proxyWallet", what), TradeSide.parse(Json.text(n, "side", what)),
                opt(n, "asset"), opt(n, "conditionId"), Json.decimal(n, "size", what), Json.decimal(n, "price", what),
                seconds(n, "timestamp", what), opt(n, "transactionHash"), opt(n, "outcome"), outcomeIndex(n, what),
                opt(n, "title"), opt(n, "slug"), opt(n, "eventSlug"), opt(n, "name"), opt(n, "pseudonym"));
    }

    static Activity activity(JsonNode n) {
        String what = "activity";
        Json.requireObject(n, what);
        String side = opt(n, "side");
        return new Activity(Json.text(n, "proxyWallet", what), seconds(n, "timestamp", what), Json.text(n, "type", what),
                opt(n, "conditionId"), Json.optDecimal(n, "size", what), Json.optDecimal(n, "usdcSize", what),
                Json.optDecimal(n, "price", what), side == null ? null : TradeSide.parse(side), opt(n, "asset"),
                outcomeIndex(n, what), opt(n, "outcome"), opt(n, "transactionHash"), opt(n, "title"), opt(n, "slug"),
                opt(n, "eventSlug"));
    }

    static Position position(JsonNode n) {
        String what = "position";
        Json.requireObject(n, what);
        return new Position(Json.text(n, "proxyWallet", what), Json.text(n, "asset", what),
                Json.text(n, "conditionId", what), Json.decimal(n, "size", what), Json.optDecimal(n, "avgPrice", what),
                Json.optDecimal(n, "initialValue", what), Json.optDecimal(n, "currentValue", what),
                Json.optDecimal(n, "cashPnl", what), Json.optDecimal(n, "percentPnl", what),
                Json.optDecimal(n, "totalBought", what), Json.optDecimal(n, "realizedPnl", what),
                Json.optDecimal(n, "curPrice", what), Json.bool(n, "redeemable", false, what),
                Json.bool(n, "mergeable", false, what), opt(n, "outcome"), outcomeIndex(n, what),
                opt(n, "oppositeOutcome"), opt(n, "oppositeAsset"), opt(n, "title"), opt(n, "slug"),
                opt(n, "eventSlug"), opt(n, "endDate"), Json.bool(n, "negativeRisk", false, what));
    }

    static ClosedPosition closedPosition(JsonNode n) {
        String what = "closed position";
        Json.requireObject(n, what);
        return new ClosedPosition(Json.text(n, "proxyWallet", what), Json.text(n, "asset", what),
                Json.text(n, "conditionId", what), Json.optDecimal(n, "avgPrice", what),
                Json.optDecimal(n, "totalBought", what), Json.decimal(n, "realizedPnl", what),
                Json.optDecimal(n, "curPrice", what), n.has("timestamp") ? seconds(n, "timestamp", what) : null,
                opt(n, "outcome"), outcomeIndex(n, what), opt(n, "title"), opt(n, "slug"), opt(n, "eventSlug"),
                opt(n, "endDate"));
    }

    static LeaderboardEntry leaderboardEntry(JsonNode n) {
        String what = "leaderboard row";
        Json.requireObject(n, what);
        // rank is served as a string ("1").
        return new LeaderboardEntry(Math.toIntExact(Json.longValue(n, "rank", what)), Json.text(n, "proxyWallet", what),
                opt(n, "userName"), opt(n, "xUsername"), Json.bool(n, "verifiedBadge", false, what),
                Json.decimal(n, "vol", what), Json.decimal(n, "pnl", what));
    }

    // A bad holder invalidates its token's element: a partial holder list would misstate concentration.
    private TokenHolders tokenHolders(JsonNode n) {
        String what = "holders row";
        Json.requireObject(n, what);
        JsonNode array = Json.required(n, "holders", what);
        if (!array.isArray()) throw new IllegalArgumentException(what + ": field 'holders' must be an array");
        List<Holder> holders = new ArrayList<>(array.size());
        for (JsonNode h : array) {
            holders.add(new Holder(Json.text(h, "proxyWallet", "holder"), opt(h, "asset"), Json.decimal(h, "amount", "holder"),
                    outcomeIndex(h, "holder"), opt(h, "name"), opt(h, "pseudonym")));
        }
        return new TokenHolders(Json.text(n, "token", what), holders);
    }

    static JsonNode root(String json, String endpoint) {
        String text = json != null && json.startsWith("\uFEFF") ? json.substring(1) : json;
        try {
            return Json.parse(text, "Data API " + endpoint);
        } catch (IllegalArgumentException e) {
            throw new DataApiException(e.getMessage(), 200, e);
        }
    }

    /** Optional text; the empty string (used by the API for "not applicable") reads as null. */
    private static String opt(JsonNode n, String field) {
        String value = Json.optText(n, field, null);
        return value == null || value.isEmpty() ? null : value;
    }

    private static Instant seconds(JsonNode n, String field, String what) {
        return Instant.ofEpochSecond(Json.longValue(n, field, what));
    }

    private static Integer outcomeIndex(JsonNode n, String what) {
        BigDecimal value = Json.optDecimal(n, "outcomeIndex", what);
        if (value == null) return null;
        int index = value.intValueExact();
        return index == UNKNOWN_OUTCOME_INDEX ? null : index;
    }
}
