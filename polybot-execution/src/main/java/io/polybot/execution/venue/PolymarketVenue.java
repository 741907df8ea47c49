package io.polybot.execution.venue;

import io.polybot.core.id.Ids;
import io.polybot.core.market.BookLevel;
import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.order.TimeInForce;
import io.polybot.polymarket.clob.AssetType;
import io.polybot.polymarket.clob.CancelResult;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.clob.ClobException;
import io.polybot.polymarket.clob.ClobTrade;
import io.polybot.polymarket.clob.CursorPage;
import io.polybot.polymarket.clob.OpenOrder;
import io.polybot.polymarket.clob.OrderQuery;
import io.polybot.polymarket.clob.TradeQuery;
import io.polybot.polymarket.clob.OrderBookSummary;
import io.polybot.polymarket.clob.PostOrderResult;
import io.polybot.polymarket.clob.PriceLevel;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.SignedClobOrder;
import io.polybot.polymarket.user.OrderEvent;
import io.polybot.polymarket.user.TradeEvent;
import io.polybot.polymarket.user.UserChannelClient;
import io.polybot.polymarket.user.UserChannelListener;
import io.polybot.polymarket.user.UserEvent;
import io.polybot.polymarket.ws.ConnectionEvent;
import io.polybot.execution.venue.VenueEvent.OrderUpdate;
import io.polybot.execution.venue.VenueEvent.SettlementState;
import io.polybot.execution.venue.VenueEvent.TradeReport;
import io.polybot.execution.venue.VenueEvent.VenueOrderState;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Polymarket's CLOB (or polybot-sim, which speaks the same protocol) as a {@link Venue}: the one
 * class that translates between Polybot's orders and Polymarket's. Orders are version 2 limit
 * orders; the salt comes from the signal id and the timestamp from the signal's creation, so a
 * retry re-sends the very same signed order.
 */
public final class PolymarketVenue implements Venue, VenueEvents, VenueLedger, MarketChannelSource {
    /** Shares and pUSD have 6 decimals on chain; balances come in base units. */
    private static final int BASE_UNIT_SCALE = 6;
    /** Pages of {@code /data/trades} read per token at most: the polling fallback and the reconciler want recent trades. */
    private static final int MAX_TRADE_PAGES = 20;

    private final ClobClient clob;
    private final OrderBuilder builder;
    private final OrderVersion version;
    private final URI userChannel;
    private volatile UserChannelClient channel;

    public PolymarketVenue(ClobClient clob, OrderBuilder builder, OrderVersion version) {
        this(clob, builder, version, null);
    }

    /** @param userChannel the CLOB user channel ({@code /ws/user}); null for a venue read by polling only */
    public PolymarketVenue(ClobClient clob, OrderBuilder builder, OrderVersion version, URI userChannel) {
        this.clob = clob;
        this.builder = builder;
        this.version = version;
        this.userChannel = userChannel;
    }

    record PolymarketOrder(OrderHash hash, OrderIntent intent, SignedClobOrder signed) implements PreparedOrder {}

    /**
     * The CLOB market channel beside the user channel: Polymarket serves both under one socket base
     * ({@code …/ws/user}, {@code …/ws/market}), and so does the simulator. Empty without a user channel.
     */
    @Override public Optional<URI> marketChannel() {
        if (userChannel == null) return Optional.empty();
        String user = userChannel.toString();
        if (!user.endsWith("/user")) return Optional.empty();
        return Optional.of(URI.create(user.substring(0, user.length() - "/user".length()) + "/market"));
    }

    /** The book over REST ({@code GET /book}); execution prefers its streamed local book and comes here when it has none fresh. */
    @Override public OrderBookSnapshot book(Market market, TokenId token) {
        OrderBookSummary summary;
        try {
            summary = clob.getBook(token.value());
        } catch (ClobException | IllegalArgumentException e) {
            throw new VenueException("could not read the book of " + token + ": " + e.getMessage(), e);
        }
        return new OrderBookSnapshot(market.conditionId(), token, levels(summary.bids()), levels(summary.asks()),
                summary.tickSize(), summary.minOrderSize() == null ? market.minOrderSize() : summary.minOrderSize(),
                Instant.ofEpochMilli(summary.timestamp()));
    }

    @Override public PreparedOrder prepare(OrderIntent intent, Market market, Instant createdAt) {
        LimitOrderArgs args = LimitOrderArgs.of(intent.token().value(), intent.limitPrice().value(), intent.size().shares(),
                        intent.side() == Side.BUY ? OrderSide.BUY : OrderSide.SELL, market.tickSize())
                .withNegRisk(market.negRisk())
                .withVersion(version)
                .withSalt(BigInteger.valueOf(Ids.hashToSafeLong("order-salt", intent.signalId().value())))
                .withTimestampMs(createdAt.toEpochMilli());
        SignedClobOrder signed = builder.buildLimit(args);
        return new PolymarketOrder(new OrderHash(signed.orderHash()), intent, signed);
    }

    @Override public SubmitOutcome submit(PreparedOrder order) {
        if (!(order instanceof PolymarketOrder p)) throw new IllegalArgumentException("not prepared by this venue: " + order);
        PostOrderResult result = clob.postOrder(p.signed(), orderType(p.intent().timeInForce()), false);
        return switch (result) {
            case PostOrderResult.Accepted a -> accepted(p, a);
            case PostOrderResult.Rejected r -> new SubmitOutcome.Rejected(p.hash(), r.message());
            case PostOrderResult.Unknown u -> new SubmitOutcome.Unknown(p.hash(), String.valueOf(u.cause()));
        };
    }

    @Override public CancelAllResult cancelAll() {
        CancelResult result;
        try {
            result = clob.cancelAll();
        } catch (ClobException e) {
            throw new VenueException("cancel-all failed: " + e.getMessage(), e);
        }
        Set<OrderHash> cancelled = new HashSet<>();
        result.canceled().forEach(id -> cancelled.add(new OrderHash(id)));
        Map<OrderHash, String> notCancelled = new HashMap<>();
        result.notCanceled().forEach((id, why) -> notCancelled.put(new OrderHash(id), why));
        return new CancelAllResult(cancelled, notCancelled);
    }

    // ---- the user channel (PROTOCOL §5.2) ----

    @Override public void start(Consumer<VenueEvent> sink, Runnable onGap) {
        if (userChannel == null) return;
        channel = new UserChannelClient(userChannel, clob.credentials(), List.of(), new UserChannelListener() {
            @Override public void onEvent(UserEvent event, Instant receivedAt) { translate(event, receivedAt).forEach(sink); }

            @Override public void onConnectionEvent(ConnectionEvent event) {
                // Fills may have been missed while the socket was down: the tracker polls to backfill.
                if (event instanceof ConnectionEvent.Gap || event instanceof ConnectionEvent.Connected) onGap.run();
            }
        });
        channel.start();
    }

    @Override public boolean connected() {
        UserChannelClient c = channel;
        return c != null && c.isOpen();
    }

    @Override public void close() {
        UserChannelClient c = channel;
        if (c != null) c.close();
    }

    static List<VenueEvent> translate(UserEvent event, Instant receivedAt) {
        Instant at = event.eventTime() == null ? receivedAt : event.eventTime();
        return switch (event) {
            case OrderEvent o -> List.of(new OrderUpdate(new OrderHash(o.id()), orderState(o.status().name()), new TokenId(o.assetId()),
                    new Size(o.originalSize()), new Size(o.sizeMatched()), at));
            case TradeEvent t -> {
                List<VenueEvent> reports = new ArrayList<>();
                SettlementState settlement = settlement(t.status().name());
                if (t.takerOrderId() != null && !t.takerOrderId().isEmpty())
                    reports.add(new TradeReport(t.id(), new OrderHash(t.takerOrderId()), new TokenId(t.assetId()), side(t.side()),
                            new Price(t.price()), new Size(t.size()), settlement, at));
                for (var m : t.makerOrders())
                    reports.add(new TradeReport(t.id(), new OrderHash(m.orderId()), new TokenId(m.assetId() == null ? t.assetId() : m.assetId()),
                            m.side() == null ? opposite(side(t.side())) : side(m.side()), new Price(m.price()), new Size(m.matchedAmount()),
                            settlement, at));
                yield reports;
            }
        };
    }

    // ---- the ledger over REST (PROTOCOL §4.5) ----

    @Override public Optional<OrderUpdate> order(OrderHash hash) {
        try {
            return Optional.of(update(clob.getOrder(hash.value())));
        } catch (ClobException e) {
            if (e.httpStatus() == 404) return Optional.empty();
            throw new VenueException("could not read order " + hash + ": " + e.getMessage(), e);
        }
    }

    @Override public List<OrderUpdate> openOrders() {
        try {
            List<OrderUpdate> out = new ArrayList<>();
            ClobClient.allPages(cursor -> clob.getOpenOrders(OrderQuery.ALL, cursor)).data().forEach(o -> out.add(update(o)));
            return out;
        } catch (ClobException e) {
            throw new VenueException("could not read open orders: " + e.getMessage(), e);
        }
    }

    @Override public List<TradeReport> trades(Collection<TokenId> tokens) {
        List<TradeReport> out = new ArrayList<>();
        try {
            for (TokenId token : tokens) {
                String cursor = CursorPage.FIRST;
                for (int page = 0; page < MAX_TRADE_PAGES; page++) {
                    CursorPage<ClobTrade> trades = clob.getTrades(new TradeQuery(null, null, null, token.value(), null, null), cursor);
                    trades.data().forEach(t -> out.addAll(reports(t)));
                    if (trades.isLast()) break;
                    cursor = trades.nextCursor();
                }
            }
        } catch (ClobException e) {
            throw new VenueException("could not read trades: " + e.getMessage(), e);
        }
        return out;
    }

    @Override public Map<TokenId, Size> tokenBalances(Collection<TokenId> tokens) {
        Map<TokenId, Size> out = new LinkedHashMap<>();
        try {
            for (TokenId token : tokens)
                out.put(token, new Size(shares(clob.getBalanceAllowance(AssetType.CONDITIONAL, token.value(), null).balance())));
        } catch (ClobException e) {
            throw new VenueException("could not read token balances: " + e.getMessage(), e);
        }
        return out;
    }

    @Override public Usd collateral() {
        try {
            return new Usd(shares(clob.getBalanceAllowance(AssetType.COLLATERAL, null, null).balance()));
        } catch (ClobException e) {
            throw new VenueException("could not read the collateral balance: " + e.getMessage(), e);
        }
    }

    static BigDecimal shares(BigInteger baseUnits) { return new BigDecimal(baseUnits, BASE_UNIT_SCALE).stripTrailingZeros(); }

    private static OrderUpdate update(OpenOrder o) {
        return new OrderUpdate(new OrderHash(o.id()), orderState(o.status()), new TokenId(o.assetId()), new Size(orZero(o.originalSize())),
                new Size(orZero(o.sizeMatched())), o.createdAt() == null ? Instant.EPOCH : o.createdAt());
    }

    private static List<TradeReport> reports(ClobTrade t) {
        List<TradeReport> out = new ArrayList<>();
        SettlementState settlement = settlement(t.status());
        Instant at = t.matchTime() == null ? Instant.EPOCH : t.matchTime();
        if (t.takerOrderId() != null && !t.takerOrderId().isEmpty())
            out.add(new TradeReport(t.id(), new OrderHash(t.takerOrderId()), new TokenId(t.assetId()), side(t.side()), new Price(t.price()),
                    new Size(t.size()), settlement, at));
        for (var m : t.makerOrders())
            out.add(new TradeReport(t.id(), new OrderHash(m.orderId()), new TokenId(m.assetId() == null ? t.assetId() : m.assetId()),
                    m.side() == null ? opposite(side(t.side())) : side(m.side()), new Price(m.price()), new Size(m.matchedAmount()),
                    settlement, at));
        return out;
    }

    /** REST says "ORDER_STATUS_LIVE", the socket "LIVE"; a killed FOK reads "CANCELED_…". */
    static VenueOrderState orderState(String status) {
        String s = status.toUpperCase(Locale.ROOT).replace("ORDER_STATUS_", "");
        if (s.startsWith("CANCEL")) return VenueOrderState.CANCELLED;
        return switch (s) {
            case "LIVE" -> VenueOrderState.LIVE;
            case "MATCHED" -> VenueOrderState.MATCHED;
            case "DELAYED" -> VenueOrderState.DELAYED;
            case "UNMATCHED", "INVALID" -> VenueOrderState.REJECTED;
            default -> VenueOrderState.OTHER;
        };
    }

    static SettlementState settlement(String status) {
        String s = status.toUpperCase(Locale.ROOT).replace("TRADE_STATUS_", "");
        return switch (s) {
            case "MINED" -> SettlementState.MINED;
            case "CONFIRMED" -> SettlementState.CONFIRMED;
            case "RETRYING" -> SettlementState.RETRYING;
            case "FAILED" -> SettlementState.FAILED;
            default -> SettlementState.MATCHED; // MATCHED, MATCHED_NOT_BROADCASTED
        };
    }

    private static Side side(OrderSide side) { return side == OrderSide.BUY ? Side.BUY : Side.SELL; }

    private static Side opposite(Side side) { return side == Side.BUY ? Side.SELL : Side.BUY; }

    private static SubmitOutcome accepted(PolymarketOrder p, PostOrderResult.Accepted a) {
        SubmitOutcome.VenueOrderStatus status = switch (a.status().toLowerCase(Locale.ROOT)) {
            case "matched" -> SubmitOutcome.VenueOrderStatus.MATCHED;
            case "delayed" -> SubmitOutcome.VenueOrderStatus.DELAYED;
            default -> SubmitOutcome.VenueOrderStatus.LIVE;
        };
        // A BUY gives collateral (making) and receives shares (taking); a SELL the reverse.
        boolean buy = p.intent().side() == Side.BUY;
        BigDecimal shares = orZero(buy ? a.takingAmount() : a.makingAmount());
        BigDecimal collateral = orZero(buy ? a.makingAmount() : a.takingAmount());
        return new SubmitOutcome.Accepted(p.hash(), status, new Size(shares), new Usd(collateral), a.tradeIds());
    }

    private static OrderType orderType(TimeInForce tif) {
        return switch (tif) {
            case GTC -> OrderType.GTC;
            case GTD -> OrderType.GTD;
            case FOK -> OrderType.FOK;
            case FAK -> OrderType.FAK;
        };
    }

    private static List<BookLevel> levels(List<PriceLevel> levels) {
        return levels.stream().filter(l -> l.size().signum() > 0)
                .map(l -> new BookLevel(new Price(l.price()), new Size(l.size()))).toList();
    }

    private static BigDecimal orZero(BigDecimal value) { return value == null ? BigDecimal.ZERO : value; }
}
