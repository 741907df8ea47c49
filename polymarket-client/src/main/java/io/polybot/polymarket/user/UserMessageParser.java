package io.polybot.polymarket.user;

import static io.polybot.polymarket.internal.StreamingJson.decimal;
import static io.polybot.polymarket.internal.StreamingJson.orEmpty;
import static io.polybot.polymarket.internal.StreamingJson.side;
import static io.polybot.polymarket.internal.StreamingJson.requiredDecimal;

import io.polybot.polymarket.internal.FieldNames;
import io.polybot.polymarket.internal.JsonCursor;
import io.polybot.polymarket.internal.StreamingJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser of user-channel text frames (PROTOCOL §5.2): an object or an array of {@code order}
 * and {@code trade} events, read in one streaming pass (no tree) like the market channel, as
 * fills sit on the order path. A message without {@code event_type} is typed by its {@code type}
 * ({@code TRADE} or an order event type), as some recorders drop the former. Throws
 * {@link IllegalArgumentException} for malformed input. Stateless and thread-safe.
 */
public final class UserMessageParser {
    private static final String WHAT = "user channel message";

    // The members read, named as sent (EVENT_TYPE reads event_type); any other member is skipped unread.
    private enum Field {
        EVENT_TYPE, TYPE, ID, STATUS, MARKET, ASSET_ID, SIDE, PRICE, ORIGINAL_SIZE, SIZE_MATCHED, SIZE, FEE_RATE_BPS, OUTCOME,
        ORDER_TYPE, OWNER, ORDER_OWNER, TRADE_OWNER, MAKER_ADDRESS, TAKER_ORDER_ID, TRADER_SIDE, TRANSACTION_HASH, BUCKET_INDEX,
        CREATED_AT, EXPIRATION, TIMESTAMP, MATCH_TIME, MATCHTIME, LAST_UPDATE, ASSOCIATE_TRADES, MAKER_ORDERS
    }

    private enum MakerField { ORDER_ID, OWNER, MAKER_ADDRESS, MATCHED_AMOUNT, PRICE, FEE_RATE_BPS, ASSET_ID, OUTCOME, SIDE }

    private static final FieldNames<Field> FIELDS = FieldNames.lowerCase(Field.class);
    private static final FieldNames<MakerField> MAKER_FIELDS = FieldNames.lowerCase(MakerField.class);

    private UserMessageParser() {}

    public static UserFrame parse(String text) {
        List<UserEvent> out = new ArrayList<>(1);
        int unknown = StreamingJson.readObjects(text, WHAT, c -> read(c, out));
        return new UserFrame(out, unknown);
    }

    private static boolean read(JsonCursor c, List<UserEvent> out) {
        Fields f = Fields.read(c);
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

    private static List<MakerOrder> makers(JsonCursor c) {
        if (!c.atArray()) {
            c.scalar();
            return List.of();
        }
        c.beginArray();
        List<MakerOrder> out = new ArrayList<>(2);
        while (c.nextElement()) {
            if (!c.atObject()) throw new IllegalArgumentException("maker order must be a JSON object");
            c.beginObject();
            out.add(maker(c));
        }
        return out;
    }

    private static MakerOrder maker(JsonCursor c) {
        String what = "maker order";
        String orderId = null, owner = null, makerAddress = null, matched = null, price = null, fee = null;
        String assetId = null, outcome = null, side = null;
        MakerField field;
        while ((field = c.nextField(MAKER_FIELDS)) != null) {
            switch (field) {
                case ORDER_ID -> orderId = c.scalar();
                case OWNER -> owner = c.scalar();
                case MAKER_ADDRESS -> makerAddress = c.scalar();
                case MATCHED_AMOUNT -> matched = c.scalar();
                case PRICE -> price = c.scalar();
                case FEE_RATE_BPS -> fee = c.scalar();
                case ASSET_ID -> assetId = c.scalar();
                case OUTCOME -> outcome = c.scalar();
                case SIDE -> side = c.scalar();
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

        static Fields read(JsonCursor c) {
            Fields f = new Fields();
            Field field;
            while ((field = c.nextField(FIELDS)) != null) {
                switch (field) {
                    case EVENT_TYPE -> f.eventType = c.scalar();
                    case TYPE -> f.type = c.scalar();
                    case ID -> f.id = c.scalar();
                    case STATUS -> f.status = c.scalar();
                    case MARKET -> f.market = c.scalar();
                    case ASSET_ID -> f.assetId = c.scalar();
                    case SIDE -> f.side = c.scalar();
                    case PRICE -> f.price = c.scalar();
                    case ORIGINAL_SIZE -> f.originalSize = c.scalar();
                    case SIZE_MATCHED -> f.sizeMatched = c.scalar();
                    case SIZE -> f.size = c.scalar();
                    case FEE_RATE_BPS -> f.feeRateBps = c.scalar();
                    case OUTCOME -> f.outcome = c.scalar();
                    case ORDER_TYPE -> f.orderType = c.scalar();
                    case OWNER -> f.owner = c.scalar();
                    case ORDER_OWNER -> f.orderOwner = c.scalar();
                    case TRADE_OWNER -> f.tradeOwner = c.scalar();
                    case MAKER_ADDRESS -> f.makerAddress = c.scalar();
                    case TAKER_ORDER_ID -> f.takerOrderId = c.scalar();
                    case TRADER_SIDE -> f.traderSide = c.scalar();
                    case TRANSACTION_HASH -> f.transactionHash = c.scalar();
                    case BUCKET_INDEX -> f.bucketIndex = c.scalar();
                    case CREATED_AT -> f.createdAt = c.scalar();
                    case EXPIRATION -> f.expiration = c.scalar();
                    case TIMESTAMP -> f.timestamp = c.scalar();
                    case MATCH_TIME -> {
                        f.hasMatchTime = true;
                        f.matchTime = c.scalar();
                    }
                    case MATCHTIME -> f.matchtimeOld = c.scalar();
                    case LAST_UPDATE -> f.lastUpdate = c.scalar();
                    case ASSOCIATE_TRADES -> f.associateTrades = c.strings();
                    case MAKER_ORDERS -> f.makerOrders = makers(c);
                }
            }
            return f;
        }
    }
}
