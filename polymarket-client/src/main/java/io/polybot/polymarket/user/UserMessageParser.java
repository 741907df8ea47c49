package io.polybot.polymarket.user;

import static io.polybot.polymarket.internal.StreamingJson.decimal;
import static io.polybot.polymarket.internal.StreamingJson.orEmpty;
import static io.polybot.polymarket.internal.StreamingJson.side;
import static io.polybot.polymarket.internal.StreamingJson.requiredDecimal;
import static io.polybot.polymarket.internal.StreamingJson.scalar;
import static io.polybot.polymarket.internal.StreamingJson.strings;

import io.polybot.polymarket.internal.StreamingJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Parser of user-channel text frames (PROTOCOL §5.2): an object or an array of {@code order}
 * and {@code trade} events, read in one streaming pass (no tree) like the market channel, as
 * fills sit on the order path. A message without {@code event_type} is typed by its {@code type}
 * ({@code TRADE} or an order event type), as some recorders drop the former. Throws
 * {@link IllegalArgumentException} for malformed input. Stateless and thread-safe.
 */
public final class UserMessageParser {
    private static final String WHAT = "user channel message";

    private UserMessageParser() {}

    public static UserFrame parse(String text) {
        List<UserEvent> out = new ArrayList<>(1);
        int unknown = StreamingJson.readObjects(text, WHAT, p -> read(p, out));
        return new UserFrame(out, unknown);
    }

    private static boolean read(JsonParser p, List<UserEvent> out) {
        Fields f = Fields.read(p);
        String type = f.type == null ? "" : f.type;
        String eventType = f.eventType != null ? f.eventType : type.equals("TRADE") ? "trade"
                : type.equals("PLACEMENT") || type.equals("UPDATE") || type.equals("CANCELLATION") ? "order" : "";
        switch (eventType) {
            case "order" -> out.add(order(f));
            case "trade" -> out.add(trade(f));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static OrderEvent order(Fields f) {
        String what = "order event";
        String status = present(f.status, "status", what);
        BigDecimal matched = decimal(f.sizeMatched, "size_matched", what);
        return new OrderEvent(present(f.id, "id", what), OrderEventType.parse(present(f.type, "type", what)),
                UserOrderStatus.parse(status), status, present(f.market, "market", what), present(f.assetId, "asset_id", what),
                side(f.side, what), requiredDecimal(f.price, "price", what), requiredDecimal(f.originalSize, "original_size", what),
                matched == null ? BigDecimal.ZERO : matched, orEmpty(f.outcome), orEmpty(f.orderType), orEmpty(f.owner),
                orEmpty(f.orderOwner), orEmpty(f.makerAddress), f.associateTrades == null ? List.of() : f.associateTrades,
                time(f.createdAt, "created_at", what), time(f.expiration, "expiration", what), time(f.timestamp, "timestamp", what));
    }

    private static TradeEvent trade(Fields f) {
        String what = "trade event";
        String status = present(f.status, "status", what);
        // Older docs spell it matchtime.
        Instant matchTime = f.hasMatchTime ? time(f.matchTime, "match_time", what) : time(f.matchtimeOld, "matchtime", what);
        return new TradeEvent(present(f.id, "id", what), TradeStatus.parse(status), status, present(f.market, "market", what),
                present(f.assetId, "asset_id", what), side(f.side, what), requiredDecimal(f.size, "size", what),
                requiredDecimal(f.price, "price", what), decimal(f.feeRateBps, "fee_rate_bps", what), orEmpty(f.outcome),
                orEmpty(f.takerOrderId), orEmpty(f.traderSide), orEmpty(f.owner), orEmpty(f.tradeOwner), orEmpty(f.makerAddress),
                f.transactionHash == null || f.transactionHash.isEmpty() ? null : f.transactionHash,
                (int) StreamingJson.longValue(f.bucketIndex, "bucket_index", what, 0),
                f.makerOrders == null ? List.of() : f.makerOrders, matchTime, time(f.lastUpdate, "last_update", what),
                time(f.timestamp, "timestamp", what));
    }

    private static List<MakerOrder> makers(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            scalar(p);
            return List.of();
        }
        List<MakerOrder> out = new ArrayList<>(2);
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) throw new IllegalArgumentException("maker order must be a JSON object");
            out.add(maker(p));
        }
        return out;
    }

    private static MakerOrder maker(JsonParser p) {
        String what = "maker order";
        String orderId = null, owner = null, makerAddress = null, matched = null, price = null, fee = null;
        String assetId = null, outcome = null, side = null;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            switch (name) {
                case "order_id" -> orderId = scalar(p);
                case "owner" -> owner = scalar(p);
                case "maker_address" -> makerAddress = scalar(p);
                case "matched_amount" -> matched = scalar(p);
                case "price" -> price = scalar(p);
                case "fee_rate_bps" -> fee = scalar(p);
                case "asset_id" -> assetId = scalar(p);
                case "outcome" -> outcome = scalar(p);
                case "side" -> side = scalar(p);
                default -> p.skipChildren();
            }
        }
        return new MakerOrder(present(orderId, "order_id", what), orEmpty(owner), orEmpty(makerAddress),
                requiredDecimal(matched, "matched_amount", what), requiredDecimal(price, "price", what),
                decimal(fee, "fee_rate_bps", what), orEmpty(assetId), orEmpty(outcome),
                side == null || side.isEmpty() ? null : side(side, what));
    }

    private static Instant time(String text, String field, String what) {
        return StreamingJson.time(text, field, what);
    }

    // Present and not null, as the tree reader required; "" is kept as sent.
    private static String present(String text, String field, String what) {
        if (text == null) throw StreamingJson.missing(field, what);
        return text;
    }

    /** The fields of one event, collected in any order before its type is known. */
    private static final class Fields {
        String eventType, type, id, status, market, assetId, side, price, originalSize, sizeMatched, size, feeRateBps;
        String outcome, orderType, owner, orderOwner, tradeOwner, makerAddress, takerOrderId, traderSide, transactionHash;
        String bucketIndex, createdAt, expiration, timestamp, matchTime, matchtimeOld, lastUpdate;
        boolean hasMatchTime;
        List<String> associateTrades;
        List<MakerOrder> makerOrders;

        static Fields read(JsonParser p) {
            Fields f = new Fields();
            String name;
            while ((name = p.nextName()) != null) {
                p.nextToken();
                switch (name) {
                    case "event_type" -> f.eventType = scalar(p);
                    case "type" -> f.type = scalar(p);
                    case "id" -> f.id = scalar(p);
                    case "status" -> f.status = scalar(p);
                    case "market" -> f.market = scalar(p);
                    case "asset_id" -> f.assetId = scalar(p);
                    case "side" -> f.side = scalar(p);
                    case "price" -> f.price = scalar(p);
                    case "original_size" -> f.originalSize = scalar(p);
                    case "size_matched" -> f.sizeMatched = scalar(p);
                    case "size" -> f.size = scalar(p);
                    case "fee_rate_bps" -> f.feeRateBps = scalar(p);
                    case "outcome" -> f.outcome = scalar(p);
                    case "order_type" -> f.orderType = scalar(p);
                    case "owner" -> f.owner = scalar(p);
                    case "order_owner" -> f.orderOwner = scalar(p);
                    case "trade_owner" -> f.tradeOwner = scalar(p);
                    case "maker_address" -> f.makerAddress = scalar(p);
                    case "taker_order_id" -> f.takerOrderId = scalar(p);
                    case "trader_side" -> f.traderSide = scalar(p);
                    case "transaction_hash" -> f.transactionHash = scalar(p);
                    case "bucket_index" -> f.bucketIndex = scalar(p);
                    case "created_at" -> f.createdAt = scalar(p);
                    case "expiration" -> f.expiration = scalar(p);
                    case "timestamp" -> f.timestamp = scalar(p);
                    case "match_time" -> {
                        f.hasMatchTime = true;
                        f.matchTime = scalar(p);
                    }
                    case "matchtime" -> f.matchtimeOld = scalar(p);
                    case "last_update" -> f.lastUpdate = scalar(p);
                    case "associate_trades" -> f.associateTrades = strings(p);
                    case "maker_orders" -> f.makerOrders = makers(p);
                    default -> p.skipChildren();
                }
            }
            return f;
        }
    }
}
