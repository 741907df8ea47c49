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
import io.polybot.polymarket.clob.CancelResult;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.clob.ClobException;
import io.polybot.polymarket.clob.OrderBookSummary;
import io.polybot.polymarket.clob.PostOrderResult;
import io.polybot.polymarket.clob.PriceLevel;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.SignedClobOrder;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Polymarket's CLOB (or polybot-sim, which speaks the same protocol) as a {@link Venue}: the one
 * class that translates between Polybot's orders and Polymarket's. Orders are version 2 limit
 * orders; the salt comes from the signal id and the timestamp from the signal's creation, so a
 * retry re-sends the very same signed order.
 */
public final class PolymarketVenue implements Venue {
    private final ClobClient clob;
    private final OrderBuilder builder;
    private final OrderVersion version;

    public PolymarketVenue(ClobClient clob, OrderBuilder builder, OrderVersion version) {
        this.clob = clob;
        this.builder = builder;
        this.version = version;
    }

    record PolymarketOrder(OrderHash hash, OrderIntent intent, SignedClobOrder signed) implements PreparedOrder {}

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
