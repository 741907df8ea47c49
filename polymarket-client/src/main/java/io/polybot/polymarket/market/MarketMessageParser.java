package io.polybot.polymarket.market;

import static io.polybot.polymarket.internal.StreamingJson.decimal;
import static io.polybot.polymarket.internal.StreamingJson.orEmpty;
import static io.polybot.polymarket.internal.StreamingJson.side;
import static io.polybot.polymarket.internal.StreamingJson.required;
import static io.polybot.polymarket.internal.StreamingJson.requiredDecimal;
import static io.polybot.polymarket.internal.StreamingJson.scalar;
import static io.polybot.polymarket.internal.StreamingJson.strings;
import static io.polybot.polymarket.internal.StreamingJson.time;

import io.polybot.polymarket.internal.StreamingJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

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

    private MarketMessageParser() {}

    public static MarketFrame parse(String text) {
        List<MarketMessage> out = new ArrayList<>(2);
        int unknown = StreamingJson.readObjects(text, WHAT, p -> readObject(p, out));
        return new MarketFrame(out, unknown);
    }

    /** Reads one object (the parser is on its START_OBJECT); false when its event type is unknown. */
    private static boolean readObject(JsonParser p, List<MarketMessage> out) {
        Fields f = new Fields();
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            switch (name) {
                case "event_type" -> f.eventType = scalar(p);
                case "market" -> f.market = scalar(p);
                case "asset_id" -> f.assetId = scalar(p);
                case "timestamp" -> f.timestamp = scalar(p);
                case "hash" -> f.hash = scalar(p);
                case "bids" -> f.bids = levels(p);
                case "asks" -> f.asks = levels(p);
                case "price_changes" -> f.priceChanges = rawChanges(p);
                case "changes" -> f.changes = rawChanges(p);
                case "price" -> f.price = scalar(p);
                case "size" -> f.size = scalar(p);
                case "side" -> f.side = scalar(p);
                case "fee_rate_bps" -> f.feeRateBps = scalar(p);
                case "transaction_hash" -> f.transactionHash = scalar(p);
                case "best_bid" -> f.bestBid = scalar(p);
                case "best_ask" -> f.bestAsk = scalar(p);
                case "spread" -> f.spread = scalar(p);
                case "old_tick_size" -> f.oldTickSize = scalar(p);
                case "new_tick_size" -> f.newTickSize = scalar(p);
                case "tick_size" -> f.tickSize = scalar(p);
                case "last_trade_price" -> f.lastTradePrice = scalar(p);
                case "min_order_size" -> f.minOrderSize = scalar(p);
                case "neg_risk" -> f.negRisk = scalar(p);
                case "id" -> f.id = scalar(p);
                case "question" -> f.question = scalar(p);
                case "slug" -> f.slug = scalar(p);
                case "description" -> f.description = scalar(p);
                case "condition_id" -> f.conditionId = scalar(p);
                case "active" -> f.active = scalar(p);
                case "winning_asset_id" -> f.winningAssetId = scalar(p);
                case "winning_outcome" -> f.winningOutcome = scalar(p);
                case "order_price_min_tick_size" -> f.orderPriceMinTickSize = scalar(p);
                case "group_item_title" -> f.groupItemTitle = scalar(p);
                case "assets_ids" -> f.assetsIds = strings(p);
                case "outcomes" -> f.outcomes = strings(p);
                case "tags" -> f.tags = strings(p);
                // Gamma's copy of assets_ids: only read when assets_ids has not come first (new_market is the largest message).
                case "clob_token_ids" -> {
                    if (f.assetsIds == null) f.clobTokenIds = strings(p);
                    else p.skipChildren();
                }
                case "event_message" -> f.event = event(p);
                default -> p.skipChildren();
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

    private static List<BookLevel> levels(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            scalar(p);
            return List.of();
        }
        List<BookLevel> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String price = null;
            String size = null;
            String name;
            while ((name = p.nextName()) != null) {
                p.nextToken();
                switch (name) {
                    case "price" -> price = scalar(p);
                    case "size" -> size = scalar(p);
                    default -> p.skipChildren();
                }
            }
            out.add(new BookLevel(requiredDecimal(price, "price", "book level"), requiredDecimal(size, "size", "book level")));
        }
        return out;
    }

    private static List<RawChange> rawChanges(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            scalar(p);
            return List.of();
        }
        List<RawChange> out = new ArrayList<>(2);
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String assetId = null, price = null, size = null, side = null, hash = null, bestBid = null, bestAsk = null;
            String name;
            while ((name = p.nextName()) != null) {
                p.nextToken();
                switch (name) {
                    case "asset_id" -> assetId = scalar(p);
                    case "price" -> price = scalar(p);
                    case "size" -> size = scalar(p);
                    case "side" -> side = scalar(p);
                    case "hash" -> hash = scalar(p);
                    case "best_bid" -> bestBid = scalar(p);
                    case "best_ask" -> bestAsk = scalar(p);
                    default -> p.skipChildren();
                }
            }
            out.add(new RawChange(assetId, price, size, side, hash, bestBid, bestAsk));
        }
        return out;
    }

    private static EventSummary event(JsonParser p) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            scalar(p);
            return null;
        }
        String id = "", ticker = "", slug = "", title = "", description = "";
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            switch (name) {
                case "id" -> id = orEmpty(scalar(p));
                case "ticker" -> ticker = orEmpty(scalar(p));
                case "slug" -> slug = orEmpty(scalar(p));
                case "title" -> title = orEmpty(scalar(p));
                case "description" -> description = orEmpty(scalar(p));
                default -> p.skipChildren();
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
