package io.polybot.polymarket.market;

import static io.polybot.polymarket.internal.StreamingJson.decimal;
import static io.polybot.polymarket.internal.StreamingJson.orEmpty;
import static io.polybot.polymarket.internal.StreamingJson.side;
import static io.polybot.polymarket.internal.StreamingJson.required;
import static io.polybot.polymarket.internal.StreamingJson.requiredDecimal;
import static io.polybot.polymarket.internal.StreamingJson.time;

import io.polybot.polymarket.internal.FieldNames;
import io.polybot.polymarket.internal.JsonCursor;
import io.polybot.polymarket.internal.StreamingJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parser of market-channel text frames (PROTOCOL §5.1): one JSON object or an array of them,
 * read in one streaming pass (no tree) because the channel carries thousands of messages a
 * second. Field order does not matter ({@code event_type} often comes last). Unknown fields are
 * skipped; unknown event types are counted in {@link MarketFrame#unknownEvents()}.
 *
 * <p>Throws {@link IllegalArgumentException} for malformed JSON, a non-JSON text, or a known
 * message missing a required field. Stateless and thread-safe.
 */
public final class MarketMessageParser {
    private static final String WHAT = "market channel message";

    // The members read, named as sent (EVENT_TYPE reads event_type); any other member is skipped unread.
    private enum Field {
        EVENT_TYPE, MARKET, ASSET_ID, TIMESTAMP, HASH, BIDS, ASKS, PRICE_CHANGES, CHANGES, PRICE, SIZE, SIDE, FEE_RATE_BPS,
        TRANSACTION_HASH, BEST_BID, BEST_ASK, SPREAD, OLD_TICK_SIZE, NEW_TICK_SIZE, TICK_SIZE, LAST_TRADE_PRICE, MIN_ORDER_SIZE,
        NEG_RISK, ID, QUESTION, SLUG, DESCRIPTION, CONDITION_ID, ACTIVE, WINNING_ASSET_ID, WINNING_OUTCOME,
        ORDER_PRICE_MIN_TICK_SIZE, GROUP_ITEM_TITLE, ASSETS_IDS, OUTCOMES, TAGS, CLOB_TOKEN_IDS, EVENT_MESSAGE
    }

    private enum LevelField { PRICE, SIZE }

    private enum ChangeField { ASSET_ID, PRICE, SIZE, SIDE, HASH, BEST_BID, BEST_ASK }

    private enum EventField { ID, TICKER, SLUG, TITLE, DESCRIPTION }

    private static final FieldNames<Field> FIELDS = FieldNames.lowerCase(Field.class);
    private static final FieldNames<LevelField> LEVEL_FIELDS = FieldNames.lowerCase(LevelField.class);
    private static final FieldNames<ChangeField> CHANGE_FIELDS = FieldNames.lowerCase(ChangeField.class);
    private static final FieldNames<EventField> EVENT_FIELDS = FieldNames.lowerCase(EventField.class);

    private MarketMessageParser() {}

    public static MarketFrame parse(String text) {
        List<MarketMessage> out = new ArrayList<>(2);
        int unknown = StreamingJson.readObjects(text, WHAT, c -> readObject(c, out));
        return new MarketFrame(out, unknown);
    }

    /** Reads one object (the cursor is past its opening brace); false when its event type is unknown. */
    private static boolean readObject(JsonCursor c, List<MarketMessage> out) {
        Fields f = new Fields();
        Field field;
        while ((field = c.nextField(FIELDS)) != null) {
            switch (field) {
                case EVENT_TYPE -> f.eventType = c.scalar();
                case MARKET -> f.market = c.scalar();
                case ASSET_ID -> f.assetId = c.scalar();
                case TIMESTAMP -> f.timestamp = c.scalar();
                case HASH -> f.hash = c.scalar();
                case BIDS -> f.bids = levels(c);
                case ASKS -> f.asks = levels(c);
                case PRICE_CHANGES -> f.priceChanges = rawChanges(c);
                case CHANGES -> f.changes = rawChanges(c);
                case PRICE -> f.price = c.scalar();
                case SIZE -> f.size = c.scalar();
                case SIDE -> f.side = c.scalar();
                case FEE_RATE_BPS -> f.feeRateBps = c.scalar();
                case TRANSACTION_HASH -> f.transactionHash = c.scalar();
                case BEST_BID -> f.bestBid = c.scalar();
                case BEST_ASK -> f.bestAsk = c.scalar();
                case SPREAD -> f.spread = c.scalar();
                case OLD_TICK_SIZE -> f.oldTickSize = c.scalar();
                case NEW_TICK_SIZE -> f.newTickSize = c.scalar();
                case TICK_SIZE -> f.tickSize = c.scalar();
                case LAST_TRADE_PRICE -> f.lastTradePrice = c.scalar();
                case MIN_ORDER_SIZE -> f.minOrderSize = c.scalar();
                case NEG_RISK -> f.negRisk = c.scalar();
                case ID -> f.id = c.scalar();
                case QUESTION -> f.question = c.scalar();
                case SLUG -> f.slug = c.scalar();
                case DESCRIPTION -> f.description = c.scalar();
                case CONDITION_ID -> f.conditionId = c.scalar();
                case ACTIVE -> f.active = c.scalar();
                case WINNING_ASSET_ID -> f.winningAssetId = c.scalar();
                case WINNING_OUTCOME -> f.winningOutcome = c.scalar();
                case ORDER_PRICE_MIN_TICK_SIZE -> f.orderPriceMinTickSize = c.scalar();
                case GROUP_ITEM_TITLE -> f.groupItemTitle = c.scalar();
                case ASSETS_IDS -> f.assetsIds = c.strings();
                case OUTCOMES -> f.outcomes = c.strings();
                case TAGS -> f.tags = c.strings();
                // Gamma's copy of assets_ids: only read when assets_ids has not come first (new_market is the largest message).
                case CLOB_TOKEN_IDS -> {
                    if (f.assetsIds == null) f.clobTokenIds = c.strings();
                    else c.skipValue();
                }
                case EVENT_MESSAGE -> f.event = event(c);
            }
        }
        MarketMessage m = build(f);
        if (m == null) return false;
        out.add(m);
        return true;
    }

    private static MarketMessage build(Fields f) {
        if (f.eventType == null) return null;
        String market = f.market == null ? "" : f.market;
        return switch (f.eventType) {
            case "book" -> new Book(market, required(f.assetId, "asset_id", "book"), time(f.timestamp, "timestamp", "book"),
                    f.bids == null ? List.of() : f.bids, f.asks == null ? List.of() : f.asks, f.hash,
                    decimal(f.tickSize, "tick_size", "book"), decimal(f.lastTradePrice, "last_trade_price", "book"),
                    decimal(f.minOrderSize, "min_order_size", "book"), f.negRisk == null ? null : Boolean.valueOf(f.negRisk));
            case "price_change" -> priceChange(f, market);
            case "last_trade_price" -> new LastTradePrice(market, required(f.assetId, "asset_id", "last_trade_price"),
                    time(f.timestamp, "timestamp", "last_trade_price"), requiredDecimal(f.price, "price", "last_trade_price"),
                    decimal(f.size, "size", "last_trade_price"), f.side == null || f.side.isEmpty() ? null : side(f.side, "last_trade_price"),
                    decimal(f.feeRateBps, "fee_rate_bps", "last_trade_price"), emptyToNull(f.transactionHash));
            case "tick_size_change" -> new TickSizeChange(market, required(f.assetId, "asset_id", "tick_size_change"),
                    time(f.timestamp, "timestamp", "tick_size_change"), decimal(f.oldTickSize, "old_tick_size", "tick_size_change"),
                    requiredDecimal(f.newTickSize, "new_tick_size", "tick_size_change"));
            case "best_bid_ask" -> new BestBidAsk(market, required(f.assetId, "asset_id", "best_bid_ask"),
                    time(f.timestamp, "timestamp", "best_bid_ask"), decimal(f.bestBid, "best_bid", "best_bid_ask"),
                    decimal(f.bestAsk, "best_ask", "best_bid_ask"), decimal(f.spread, "spread", "best_bid_ask"));
            case "new_market" -> new NewMarket(nonEmpty(market, f.conditionId), time(f.timestamp, "timestamp", "new_market"),
                    orEmpty(f.id), orEmpty(f.question), orEmpty(f.slug), orEmpty(f.description),
                    f.assetsIds != null ? f.assetsIds : f.clobTokenIds != null ? f.clobTokenIds : List.of(),
                    orEmpty(f.outcomes), orEmpty(f.tags), "true".equals(f.active),
                    decimal(f.orderPriceMinTickSize, "order_price_min_tick_size", "new_market"), orEmpty(f.groupItemTitle),
                    f.event == null ? EventSummary.NONE : f.event);
            case "market_resolved" -> new MarketResolved(market, time(f.timestamp, "timestamp", "market_resolved"), orEmpty(f.id),
                    orEmpty(f.assetsIds), required(f.winningAssetId, "winning_asset_id", "market_resolved"),
                    orEmpty(f.winningOutcome), orEmpty(f.tags), f.event == null ? EventSummary.NONE : f.event);
            default -> null;
        };
    }

    private static PriceChange priceChange(Fields f, String market) {
        String what = "price_change";
        var eventTime = time(f.timestamp, "timestamp", what);
        if (f.priceChanges != null) {
            List<LevelChange> changes = new ArrayList<>(f.priceChanges.size());
            for (RawChange c : f.priceChanges) {
                changes.add(new LevelChange(required(c.assetId, "price_changes[].asset_id", what), side(c.side, what),
                        requiredDecimal(c.price, "price", what), requiredDecimal(c.size, "size", what), emptyToNull(c.hash),
                        best(c.bestBid, "best_bid"), best(c.bestAsk, "best_ask")));
            }
            return new PriceChange(market, eventTime, changes, PriceChange.Format.CURRENT);
        }
        // Legacy: one asset per message, its changes in changes[] or (oldest form) inline.
        String assetId = required(f.assetId, "asset_id", what);
        List<RawChange> raw = f.changes != null ? f.changes
                : List.of(new RawChange(assetId, required(f.price, "price", what), f.size, f.side, f.hash, null, null));
        List<LevelChange> changes = new ArrayList<>(raw.size());
        for (RawChange c : raw) {
            changes.add(new LevelChange(assetId, side(c.side, what), requiredDecimal(c.price, "price", what),
                    requiredDecimal(c.size, "size", what), emptyToNull(f.hash), null, null));
        }
        return new PriceChange(market, eventTime, changes, PriceChange.Format.LEGACY);
    }

    private static List<BookLevel> levels(JsonCursor c) {
        if (!c.atArray()) {
            c.scalar();
            return List.of();
        }
        c.beginArray();
        List<BookLevel> out = new ArrayList<>();
        while (c.nextElement()) {
            beginElement(c, "book level");
            String price = null;
            String size = null;
            LevelField field;
            while ((field = c.nextField(LEVEL_FIELDS)) != null) {
                switch (field) {
                    case PRICE -> price = c.scalar();
                    case SIZE -> size = c.scalar();
                }
            }
            out.add(new BookLevel(requiredDecimal(price, "price", "book level"), requiredDecimal(size, "size", "book level")));
        }
        return out;
    }

    private static List<RawChange> rawChanges(JsonCursor c) {
        if (!c.atArray()) {
            c.scalar();
            return List.of();
        }
        c.beginArray();
        List<RawChange> out = new ArrayList<>(2);
        while (c.nextElement()) {
            beginElement(c, "price change");
            String assetId = null, price = null, size = null, side = null, hash = null, bestBid = null, bestAsk = null;
            ChangeField field;
            while ((field = c.nextField(CHANGE_FIELDS)) != null) {
                switch (field) {
                    case ASSET_ID -> assetId = c.scalar();
                    case PRICE -> price = c.scalar();
                    case SIZE -> size = c.scalar();
                    case SIDE -> side = c.scalar();
                    case HASH -> hash = c.scalar();
                    case BEST_BID -> bestBid = c.scalar();
                    case BEST_ASK -> bestAsk = c.scalar();
                }
            }
            out.add(new RawChange(assetId, price, size, side, hash, bestBid, bestAsk));
        }
        return out;
    }

    private static void beginElement(JsonCursor c, String what) {
        if (!c.atObject()) throw new IllegalArgumentException(WHAT + ": " + what + " must be a JSON object");
        c.beginObject();
    }

    private static EventSummary event(JsonCursor c) {
        if (!c.atObject()) {
            c.scalar();
            return null;
        }
        c.beginObject();
        String id = "", ticker = "", slug = "", title = "", description = "";
        EventField field;
        while ((field = c.nextField(EVENT_FIELDS)) != null) {
            switch (field) {
                case ID -> id = orEmpty(c.scalar());
                case TICKER -> ticker = orEmpty(c.scalar());
                case SLUG -> slug = orEmpty(c.scalar());
                case TITLE -> title = orEmpty(c.scalar());
                case DESCRIPTION -> description = orEmpty(c.scalar());
            }
        }
        return new EventSummary(id, ticker, slug, title, description);
    }

    // "" means the side is empty (ts-sdk note); absent means the venue did not say.
    private static BigDecimal best(String text, String field) {
        if (text == null) return null;
        if (text.isEmpty()) return BigDecimal.ZERO;
        return decimal(text, field, "price_change");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String nonEmpty(String a, String b) {
        return !a.isEmpty() ? a : orEmpty(b);
    }

    private record RawChange(String assetId, String price, String size, String side, String hash, String bestBid, String bestAsk) {}

    /** The fields of one message, collected in any order before the type is known. */
    private static final class Fields {
        String eventType, market, assetId, timestamp, hash;
        List<BookLevel> bids, asks;
        List<RawChange> priceChanges, changes;
        String price, size, side, feeRateBps, transactionHash, bestBid, bestAsk, spread;
        String oldTickSize, newTickSize, tickSize, lastTradePrice, minOrderSize, negRisk;
        String id, question, slug, description, conditionId, active, winningAssetId, winningOutcome;
        String orderPriceMinTickSize, groupItemTitle;
        List<String> assetsIds, outcomes, tags, clobTokenIds;
        EventSummary event;
    }
}
