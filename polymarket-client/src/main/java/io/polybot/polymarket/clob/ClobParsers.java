package io.polybot.polymarket.clob;

import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.parse.ParsedRows;
import io.polybot.polymarket.parse.RowReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads CLOB response bodies into the records of this package (unknown fields ignored, missing
 * required fields named). Public so captures can be checked without HTTP.
 */
public final class ClobParsers {
    private ClobParsers() {}

    /** A cursor page {@code {"data": [...], "next_cursor": "..."}} read row by row. */
    public static <T> CursorPage<T> page(String body, String what, RowReader reader, Function<JsonNode, T> row) {
        JsonNode root = Json.requireObject(Json.parse(body, what), what);
        ParsedRows<T> rows = reader.readArray(Json.required(root, "data", what), what, row);
        return new CursorPage<>(rows.rows(), rows.errors(), Json.optText(root, "next_cursor", CursorPage.END));
    }

    public static ClobMarket market(JsonNode n) {
        String what = "CLOB market";
        Json.requireObject(n, what);
        List<String> tags = new ArrayList<>();
        n.path("tags").forEach(t -> tags.add(t.asString()));
        return new ClobMarket(Json.text(n, "condition_id", what), Json.optText(n, "question_id", null),
                Json.optText(n, "question", null), Json.optText(n, "market_slug", null),
                Json.bool(n, "active", false, what), Json.bool(n, "closed", false, what),
                Json.bool(n, "archived", false, what), Json.bool(n, "accepting_orders", false, what),
                Json.bool(n, "enable_order_book", false, what), Json.optDecimal(n, "minimum_order_size", what),
                Json.optDecimal(n, "minimum_tick_size", what), Json.bool(n, "neg_risk", false, what),
                emptyToNull(Json.optText(n, "neg_risk_market_id", null)), Json.optText(n, "end_date_iso", null),
                Json.optDecimal(n, "maker_base_fee", what), Json.optDecimal(n, "taker_base_fee", what),
                tokens(n, what), tags);
    }

    public static SimplifiedMarket simplifiedMarket(JsonNode n) {
        String what = "CLOB simplified market";
        Json.requireObject(n, what);
        return new SimplifiedMarket(Json.text(n, "condition_id", what), tokens(n, what), Json.bool(n, "active", false, what),
                Json.bool(n, "closed", false, what), Json.bool(n, "archived", false, what),
                Json.bool(n, "accepting_orders", false, what));
    }

    private static List<ClobMarket.Token> tokens(JsonNode market, String what) {
        List<ClobMarket.Token> tokens = new ArrayList<>();
        for (JsonNode t : market.path("tokens")) {
            tokens.add(new ClobMarket.Token(Json.text(t, "token_id", what + " token"), Json.optText(t, "outcome", null),
                    Json.optDecimal(t, "price", what), Json.bool(t, "winner", false, what)));
        }
        return tokens;
    }

    /** {@code GET /clob-markets/{condition_id}} with its one-letter keys. */
    public static ClobMarketInfo marketInfo(String body) {
        String what = "clob-markets";
        JsonNode n = Json.requireObject(Json.parse(body, what), what);
        List<ClobMarketInfo.OutcomeToken> tokens = new ArrayList<>();
        for (JsonNode t : n.path("t")) tokens.add(new ClobMarketInfo.OutcomeToken(Json.text(t, "t", what), Json.optText(t, "o", null)));
        return new ClobMarketInfo(Json.text(n, "c", what), tokens, Json.decimal(n, "mts", what), Json.optDecimal(n, "mos", what),
                Json.bool(n, "nr", false, what), intOr(n, "mbf", what), intOr(n, "tbf", what),
                Json.bool(n, "ao", false, what), intOr(n, "sd", what));
    }

    public static TokenMarket tokenMarket(String body) {
        String what = "markets-by-token";
        JsonNode n = Json.requireObject(Json.parse(body, what), what);
        return new TokenMarket(Json.text(n, "condition_id", what), Json.optText(n, "primary_token_id", null),
                Json.optText(n, "secondary_token_id", null));
    }

    /** A decimal field of a small object, e.g. {@code {"price": 0.45}}; the first of {@code fields} present wins. */
    public static BigDecimal decimalField(String body, String what, String... fields) {
        JsonNode n = Json.requireObject(Json.parse(body, what), what);
        for (String field : fields) {
            BigDecimal value = Json.optDecimal(n, field, what);
            if (value != null) return value;
        }
        throw new IllegalArgumentException(what + ": missing required field '" + String.join("' or '", fields) + "'");
    }

    /** {@code {"<token_id>": "0.45", ...}} (midpoints, spreads). */
    public static Map<String, BigDecimal> decimalsByToken(String body, String what) {
        JsonNode n = Json.requireObject(Json.parse(body, what), what);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (String token : n.propertyNames()) out.put(token, Json.decimal(n, token, what));
        return out;
    }

    /** {@code {"<token_id>": {"BUY": 0.45, "SELL": 0.47}, ...}}. */
    public static Map<String, Map<OrderSide, BigDecimal>> pricesByToken(String body) {
        String what = "prices";
        JsonNode n = Json.requireObject(Json.parse(body, what), what);
        Map<String, Map<OrderSide, BigDecimal>> out = new LinkedHashMap<>();
        for (String token : n.propertyNames()) {
            JsonNode sides = n.get(token);
            Map<OrderSide, BigDecimal> bySide = new LinkedHashMap<>();
            for (String side : sides.propertyNames()) bySide.put(OrderSide.parse(side), Json.decimal(sides, side, what));
            out.put(token, Map.copyOf(bySide));
        }
        return out;
    }

    public static LastTradePrice lastTradePrice(JsonNode n, String tokenId) {
        String what = "last trade price";
        Json.requireObject(n, what);
        String side = Json.optText(n, "side", "");
        return new LastTradePrice(Json.optText(n, "token_id", tokenId), Json.decimal(n, "price", what),
                side.isEmpty() ? null : OrderSide.parse(side));
    }

    public static List<PricePoint> pricesHistory(String body) {
        String what = "prices-history";
        JsonNode n = Json.requireObject(Json.parse(body, what), what);
        List<PricePoint> out = new ArrayList<>();
        for (JsonNode p : Json.required(n, "history", what)) {
            out.add(new PricePoint(Instant.ofEpochSecond(Json.longValue(p, "t", what)), Json.decimal(p, "p", what)));
        }
        return out;
    }

    /** {@code {"history": {"<token_id>": [{t, p}, ...]}}}, in the answer's token order. */
    public static Map<String, List<PricePoint>> batchPricesHistory(String body) {
        String what = "batch-prices-history";
        JsonNode history = Json.required(Json.requireObject(Json.parse(body, what), what), "history", what);
        Map<String, List<PricePoint>> out = new LinkedHashMap<>();
        for (String token : history.propertyNames()) {
            List<PricePoint> points = new ArrayList<>();
            for (JsonNode p : history.get(token))
                points.add(new PricePoint(Instant.ofEpochSecond(Json.longValue(p, "t", what)), Json.decimal(p, "p", what)));
            out.put(token, List.copyOf(points));
        }
        return out;
    }

    /** The answer of {@code POST /markets/live-activity}: an array of per-market objects. */
    public static List<LiveActivity> liveActivities(String body) {
        String what = "markets/live-activity";
        JsonNode n = Json.parse(body, what);
        if (!n.isArray()) throw new IllegalArgumentException(what + ": expected a JSON array");
        List<LiveActivity> out = new ArrayList<>();
        for (JsonNode m : n) {
            String id = m.isObject() ? Json.optText(m, "condition_id", Json.optText(m, "conditionId", null)) : null;
            out.add(new LiveActivity(id, m.toString()));
        }
        return out;
    }

    public static OpenOrder openOrder(JsonNode n) {
        String what = "open order";
        Json.requireObject(n, what);
        BigDecimal created = Json.optDecimal(n, "created_at", what);
        return new OpenOrder(Json.text(n, "id", what), Json.text(n, "status", what), Json.optText(n, "market", null),
                Json.optText(n, "asset_id", null), side(n, what), Json.optDecimal(n, "original_size", what),
                Json.optDecimal(n, "size_matched", what), Json.decimal(n, "price", what), Json.optText(n, "outcome", null),
                Json.optText(n, "order_type", null), Json.optText(n, "maker_address", null),
                Json.optText(n, "expiration", null), created == null ? null : Instant.ofEpochSecond(created.longValue()));
    }

    public static ClobTrade trade(JsonNode n) {
        String what = "trade";
        Json.requireObject(n, what);
        List<ClobTrade.MakerOrder> makers = new ArrayList<>();
        for (JsonNode m : n.path("maker_orders")) {
            makers.add(new ClobTrade.MakerOrder(Json.text(m, "order_id", "maker order"), Json.optText(m, "maker_address", null),
                    Json.optDecimal(m, "matched_amount", what), Json.optDecimal(m, "price", what),
                    Json.optText(m, "asset_id", null), Json.optText(m, "outcome", null), side(m, what)));
        }
        BigDecimal matchTime = Json.optDecimal(n, "match_time", what);
        return new ClobTrade(Json.text(n, "id", what), Json.optText(n, "taker_order_id", null), Json.optText(n, "market", null),
                Json.optText(n, "asset_id", null), side(n, what), Json.decimal(n, "size", what), Json.decimal(n, "price", what),
                Json.optDecimal(n, "fee_rate_bps", what), Json.optText(n, "status", null),
                matchTime == null ? null : Instant.ofEpochSecond(matchTime.longValue()), Json.optText(n, "outcome", null),
                Json.optText(n, "maker_address", null), emptyToNull(Json.optText(n, "transaction_hash", null)),
                Json.optText(n, "trader_side", null), makers);
    }

    public static BalanceAllowance balanceAllowance(String body) {
        String what = "balance-allowance";
        JsonNode n = Json.requireObject(Json.parse(body, what), what);
        Map<String, BigInteger> allowances = new LinkedHashMap<>();
        JsonNode a = n.path("allowances");
        for (String spender : a.propertyNames()) allowances.put(spender, Json.integer(a, spender, what));
        // Older responses carry a single "allowance".
        if (allowances.isEmpty() && n.has("allowance")) allowances.put("", Json.integer(n, "allowance", what));
        return new BalanceAllowance(Json.integer(n, "balance", what), allowances);
    }

    public static Notification notification(JsonNode n) {
        String what = "notification";
        Json.requireObject(n, what);
        BigDecimal ts = Json.optDecimal(n, "timestamp", what);
        JsonNode payload = n.get("payload");
        return new Notification(Json.text(n, "id", what), (int) Json.longValue(n, "type", what), Json.optText(n, "owner", null),
                payload == null ? null : payload.toString(), ts == null ? null : Instant.ofEpochSecond(ts.longValue()));
    }

    private static OrderSide side(JsonNode n, String what) {
        String side = Json.optText(n, "side", "");
        return side.isEmpty() ? null : OrderSide.parse(side.toUpperCase(java.util.Locale.ROOT));
    }

    private static int intOr(JsonNode n, String field, String what) {
        BigDecimal value = Json.optDecimal(n, field, what);
        return value == null ? 0 : value.intValue();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
