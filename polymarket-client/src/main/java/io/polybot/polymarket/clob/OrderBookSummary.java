package io.polybot.polymarket.clob;

import io.polybot.polymarket.internal.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * An order-book snapshot as served by {@code GET /book} (PROTOCOL §4.2).
 *
 * <p>Bids and asks keep the venue's wire order (the official clients expect the best level
 * last); use {@link #bestBid()} / {@link #bestAsk()} rather than relying on it, since the docs
 * disagree about the order. {@code timestamp} is epoch milliseconds; {@code lastTradePrice} and
 * {@code hash} may be null.
 */
public record OrderBookSummary(
        String market,
        String assetId,
        List<PriceLevel> bids,
        List<PriceLevel> asks,
        BigDecimal tickSize,
        BigDecimal minOrderSize,
        boolean negRisk,
        long timestamp,
        String hash,
        BigDecimal lastTradePrice) {

    public OrderBookSummary {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(assetId, "assetId");
        bids = List.copyOf(bids);
        asks = List.copyOf(asks);
        Objects.requireNonNull(tickSize, "tickSize");
    }

    /** Highest bid, or null when there are none. */
    public PriceLevel bestBid() {
        return bids.stream().max(Comparator.comparing(PriceLevel::price)).orElse(null);
    }

    /** Lowest ask, or null when there are none. */
    public PriceLevel bestAsk() {
        return asks.stream().min(Comparator.comparing(PriceLevel::price)).orElse(null);
    }

    /** Parses a {@code GET /book} response (also the shape of a WS {@code book} message). */
    public static OrderBookSummary parse(String json) {
        return fromTree(Json.requireObject(Json.parse(json, "order book"), "order book"));
    }

    static OrderBookSummary fromTree(JsonNode n) {
        String what = "order book";
        BigDecimal minOrderSize = Json.optDecimal(n, "min_order_size", what);
        String timestamp = Json.optText(n, "timestamp", "0");
        long ts;
        try {
            ts = timestamp.isEmpty() ? 0 : Long.parseLong(timestamp);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": field 'timestamp' is not an integer: '" + timestamp + "'");
        }
        return new OrderBookSummary(
                Json.text(n, "market", what),
                Json.text(n, "asset_id", what),
                levels(n, "bids"),
                levels(n, "asks"),
                Json.decimal(n, "tick_size", what),
                minOrderSize == null ? BigDecimal.ZERO : minOrderSize,
                Json.bool(n, "neg_risk", false, what),
                ts,
                Json.optText(n, "hash", null),
                Json.optDecimal(n, "last_trade_price", what));
    }

    private static List<PriceLevel> levels(JsonNode book, String side) {
        JsonNode array = book.get(side);
        if (array == null || array.isNull()) return List.of();
        if (!array.isArray()) throw new IllegalArgumentException("order book: field '" + side + "' must be an array");
        List<PriceLevel> out = new ArrayList<>(array.size());
        for (JsonNode level : array) {
            String what = "order book " + side + " level";
            Json.requireObject(level, what);
            out.add(new PriceLevel(Json.decimal(level, "price", what), Json.decimal(level, "size", what)));
        }
        return out;
    }
}
