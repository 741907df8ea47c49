package io.polybot.polymarket.user;

import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.StreamingJson;
import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Parser of user-channel text frames (PROTOCOL §5.2): an object or an array of {@code order}
 * and {@code trade} events. A message without {@code event_type} is typed by its {@code type}
 * ({@code TRADE} or an order event type), as some recorders drop the former. Tree-based: these
 * events are few. Throws {@link IllegalArgumentException} for malformed input.
 */
public final class UserMessageParser {
    private static final String WHAT = "user channel message";

    private UserMessageParser() {}

    public static UserFrame parse(String text) {
        if (text == null || !StreamingJson.looksLikeJson(text))
            throw new IllegalArgumentException(WHAT + ": not a JSON object or array");
        JsonNode root = Json.parse(text, WHAT);
        List<UserEvent> out = new ArrayList<>(1);
        int unknown = 0;
        if (root.isArray()) {
            for (JsonNode n : root) if (!read(n, out)) unknown++;
        } else if (!read(root, out)) {
            unknown++;
        }
        return new UserFrame(out, unknown);
    }

    private static boolean read(JsonNode n, List<UserEvent> out) {
        Json.requireObject(n, WHAT);
        String type = Json.optText(n, "type", "");
        String eventType = Json.optText(n, "event_type", type.equals("TRADE") ? "trade"
                : type.equals("PLACEMENT") || type.equals("UPDATE") || type.equals("CANCELLATION") ? "order" : "");
        switch (eventType) {
            case "order" -> out.add(order(n));
            case "trade" -> out.add(trade(n));
            default -> {
                return false;
            }
        }
        return true;
    }

    static OrderEvent order(JsonNode n) {
        String what = "order event";
        String status = Json.text(n, "status", what);
        List<String> trades = new ArrayList<>();
        JsonNode assoc = n.get("associate_trades");
        if (assoc != null && assoc.isArray()) assoc.forEach(t -> trades.add(t.asString()));
        BigDecimal matched = Json.optDecimal(n, "size_matched", what);
        return new OrderEvent(Json.text(n, "id", what), OrderEventType.parse(Json.text(n, "type", what)),
                UserOrderStatus.parse(status), status, Json.text(n, "market", what), Json.text(n, "asset_id", what),
                side(n, what), Json.decimal(n, "price", what), Json.decimal(n, "original_size", what),
                matched == null ? BigDecimal.ZERO : matched, Json.optText(n, "outcome", ""), Json.optText(n, "order_type", ""),
                Json.optText(n, "owner", ""), Json.optText(n, "order_owner", ""), Json.optText(n, "maker_address", ""),
                trades, time(n, "created_at", what), time(n, "expiration", what), time(n, "timestamp", what));
    }

    static TradeEvent trade(JsonNode n) {
        String what = "trade event";
        String status = Json.text(n, "status", what);
        List<MakerOrder> makers = new ArrayList<>();
        JsonNode mo = n.get("maker_orders");
        if (mo != null && mo.isArray()) for (JsonNode m : mo) makers.add(maker(m));
        // Older docs spell it matchtime.
        Instant matchTime = n.has("match_time") ? time(n, "match_time", what) : time(n, "matchtime", what);
        String tx = Json.optText(n, "transaction_hash", "");
        JsonNode bucket = n.get("bucket_index");
        return new TradeEvent(Json.text(n, "id", what), TradeStatus.parse(status), status, Json.text(n, "market", what),
                Json.text(n, "asset_id", what), side(n, what), Json.decimal(n, "size", what), Json.decimal(n, "price", what),
                Json.optDecimal(n, "fee_rate_bps", what), Json.optText(n, "outcome", ""), Json.optText(n, "taker_order_id", ""),
                Json.optText(n, "trader_side", ""), Json.optText(n, "owner", ""), Json.optText(n, "trade_owner", ""),
                Json.optText(n, "maker_address", ""), tx.isEmpty() ? null : tx,
                bucket == null || bucket.isNull() ? 0 : (int) Json.longValue(n, "bucket_index", what), makers, matchTime,
                time(n, "last_update", what), time(n, "timestamp", what));
    }

    private static MakerOrder maker(JsonNode m) {
        String what = "maker order";
        Json.requireObject(m, what);
        String side = Json.optText(m, "side", "");
        return new MakerOrder(Json.text(m, "order_id", what), Json.optText(m, "owner", ""), Json.optText(m, "maker_address", ""),
                Json.decimal(m, "matched_amount", what), Json.decimal(m, "price", what), Json.optDecimal(m, "fee_rate_bps", what),
                Json.optText(m, "asset_id", ""), Json.optText(m, "outcome", ""), side.isEmpty() ? null : OrderSide.parse(side));
    }

    private static OrderSide side(JsonNode n, String what) {
        try {
            return OrderSide.parse(Json.text(n, "side", what));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage());
        }
    }

    private static Instant time(JsonNode n, String field, String what) {
        return StreamingJson.time(Json.optText(n, field, null), field, what);
    }
}
