package io.polybot.sim.clob;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.polybot.core.json.Json;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.OpenOrder;
import io.polybot.sim.matching.Trade;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** The CLOB's wire shapes (PROTOCOL §4): decimals as strings, snake_case keys, the venue's status names. */
public final class ClobViews {
    private ClobViews() {}

    public record Level(String price, String size) {}

    /** {@code GET /book}: bids ascending and asks descending, so the best level of each is LAST (PROTOCOL §4.2). */
    public record BookSummary(String market, @JsonProperty("asset_id") String assetId, String timestamp, String hash,
                              List<Level> bids, List<Level> asks, @JsonProperty("min_order_size") String minOrderSize,
                              @JsonProperty("tick_size") String tickSize, @JsonProperty("neg_risk") boolean negRisk,
                              @JsonProperty("last_trade_price") String lastTradePrice) {}

    public static BookSummary book(BookDepth depth, boolean negRisk) {
        List<Level> bids = depth.bids().reversed().stream().map(ClobViews::level).toList();
        List<Level> asks = depth.asks().reversed().stream().map(ClobViews::level).toList();
        BookSummary unhashed = new BookSummary(depth.rules().market().value(), depth.rules().token().value(),
                Long.toString(depth.time().toEpochMilli()), "", bids, asks, plain(depth.rules().minOrderSize()),
                plain(depth.rules().tickSize()), negRisk, depth.lastTradePrice().map(ClobViews::plain).orElse("0.5"));
        // Like the client's getOrderBookHash: SHA-1 of the summary serialised with an empty hash.
        String hash = sha1(Json.write(unhashed));
        return new BookSummary(unhashed.market(), unhashed.assetId(), unhashed.timestamp(), hash, bids, asks,
                unhashed.minOrderSize(), unhashed.tickSize(), negRisk, unhashed.lastTradePrice());
    }

    private static Level level(BookDepth.Level level) { return new Level(plain(level.price()), plain(level.size())); }

    /** {@code GET /data/orders}, {@code GET /data/order/{id}}. */
    public record OpenOrderView(String id, String status, String owner, @JsonProperty("maker_address") String makerAddress,
                                String market, @JsonProperty("asset_id") String assetId, String side,
                                @JsonProperty("original_size") String originalSize, @JsonProperty("size_matched") String sizeMatched,
                                String price, String outcome, String expiration, @JsonProperty("order_type") String orderType,
                                @JsonProperty("associate_trades") List<String> associateTrades, @JsonProperty("created_at") long createdAt) {}

    public static OpenOrderView order(OpenOrder o) {
        String status = switch (o.state()) {
            case LIVE -> "ORDER_STATUS_LIVE";
            case MATCHED -> "ORDER_STATUS_MATCHED";
            case CANCELED -> "ORDER_STATUS_CANCELED";
            case CANCELED_MARKET_RESOLVED -> "ORDER_STATUS_CANCELED_MARKET_RESOLVED";
        };
        return new OpenOrderView(o.orderId(), status, o.owner(), o.account().value(), o.market().value(), o.token().value(),
                o.side().name(), plain(o.originalSize()), plain(o.sizeMatched()), plain(o.price()), o.outcome(), expiration(o),
                o.timeInForce().name(), o.tradeIds(), o.createdAt().getEpochSecond());
    }

    /** Unix seconds, {@code "0"} for none. */
    public static String expiration(OpenOrder o) {
        return o.expiration().map(Instant::getEpochSecond).map(Object::toString).orElse("0");
    }

    public record MakerOrderView(@JsonProperty("order_id") String orderId, String owner,
                                 @JsonProperty("maker_address") String makerAddress,
                                 @JsonProperty("matched_amount") String matchedAmount, String price,
                                 @JsonProperty("fee_rate_bps") String feeRateBps, @JsonProperty("asset_id") String assetId,
                                 String outcome, @JsonProperty("outcome_index") int outcomeIndex, String side) {}

    /**
     * {@code GET /data/trades}: side, size and price are the taker's; a maker finds its fills in
     * {@code maker_orders}. {@code fee} is the taker's fee in pUSD (makers pay none).
     */
    public record TradeView(String id, @JsonProperty("taker_order_id") String takerOrderId, String market,
                            @JsonProperty("asset_id") String assetId, String side, String size,
                            @JsonProperty("fee_rate_bps") String feeRateBps, String fee, String price, String status,
                            @JsonProperty("match_time") String matchTime, @JsonProperty("last_update") String lastUpdate,
                            String outcome, @JsonProperty("bucket_index") int bucketIndex, String owner,
                            @JsonProperty("maker_address") String makerAddress,
                            @JsonProperty("transaction_hash") String transactionHash,
                            @JsonProperty("trader_side") String traderSide,
                            @JsonProperty("maker_orders") List<MakerOrderView> makerOrders) {}

    /** The trade as seen by {@code viewer}: TAKER if it sent the taker order, otherwise MAKER. */
    public static TradeView trade(Trade t, WalletAddress viewer) {
        boolean taker = t.taker().equals(viewer);
        String owner = taker ? t.takerOwner() : t.makerFills().stream().filter(f -> f.maker().equals(viewer))
                .map(MakerFill::owner).findFirst().orElse("");
        return trade(t, taker, owner, viewer.value(), "TRADE_STATUS_CONFIRMED", t.transactionHash());
    }

    /** The trade as seen by the API key {@code owner}, with a given status (the user channel's lifecycle). */
    public static TradeView trade(Trade t, boolean asTaker, String owner, String makerAddress, String status, String transactionHash) {
        String seconds = Long.toString(t.matchTime().getEpochSecond());
        List<MakerOrderView> makers = t.makerFills().stream().map(f -> new MakerOrderView(f.orderId(), f.owner(), f.maker().value(),
                plain(f.size()), plain(f.price()), "0", f.token().value(), outcome(t, f), outcomeIndex(t, f), f.side().name())).toList();
        return new TradeView(t.id(), t.takerOrderId(), t.market().value(), t.token().value(), t.side().name(), plain(t.size()),
                plain(t.feeRateBps()), plain(t.fee()), plain(t.price()), status, seconds, seconds, t.outcome(), 0, owner, makerAddress,
                transactionHash, asTaker ? "TAKER" : "MAKER", makers);
    }

    /** A maker on the complementary book holds the other outcome of the (binary) market. */
    private static String outcome(Trade t, MakerFill f) {
        if (f.token().equals(t.token())) return t.outcome();
        return t.outcome().equalsIgnoreCase("Yes") ? "No" : t.outcome().equalsIgnoreCase("No") ? "Yes" : "";
    }

    private static int outcomeIndex(Trade t, MakerFill f) {
        return f.token().equals(t.token()) ? t.outcomeIndex() : 1 - t.outcomeIndex();
    }

    public static String plain(BigDecimal value) { return value.stripTrailingZeros().toPlainString(); }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by the JDK", e);
        }
    }
}
