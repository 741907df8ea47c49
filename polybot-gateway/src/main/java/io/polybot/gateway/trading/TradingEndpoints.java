package io.polybot.gateway.trading;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.gateway.api.Limits;
import io.polybot.gateway.trading.Views.OrderDetail;
import io.polybot.gateway.trading.Views.OrderView;
import io.polybot.gateway.trading.Views.PositionView;
import io.polybot.gateway.trading.Views.SignalDetail;
import io.polybot.gateway.trading.Views.SignalView;
import io.polybot.gateway.trading.Views.Transition;
import io.polybot.store.Store;
import io.polybot.store.repo.MarketSummary;
import io.polybot.store.repo.RiskDecisionRecord;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The trading lists, straight from the store, newest first: signals with the risk check's verdict,
 * orders with their slippage against the signal, fills, positions with marks, and the audit log.
 */
public final class TradingEndpoints {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;
    private static final int SLIPPAGE_SCALE = 6;

    private final Store store;

    public TradingEndpoints(Store store) { this.store = store; }

    public void signals(Context ctx) {
        List<Signal> signals = store.signals().recent(limit(ctx));
        Map<SignalId, RiskDecisionRecord> decisions = store.riskDecisions().latestFor(signals.stream().map(Signal::id).toList());
        ctx.json(signals.stream().map(s -> SignalView.of(s, decisions.get(s.id()))).toList());
    }

    /** {@code GET /api/signals/{id}}: the signal, its latest verdict and the order it led to. */
    public void signal(Context ctx) {
        SignalId id = new SignalId(ctx.pathParam("id"));
        Signal signal = store.signals().find(id).orElseThrow(() -> new NotFoundResponse("no signal " + abbreviate(id.value())));
        SignalView view = SignalView.of(signal, store.riskDecisions().latestFor(List.of(id)).get(id));
        ctx.json(SignalDetail.of(view, orderViews(store.orders().findBySignal(id).stream().toList())));
    }

    public void orders(Context ctx) { ctx.json(orderViews(store.orders().recent(limit(ctx)))); }

    /**
     * {@code GET /api/orders/{hash}}: the order, its fills and its timeline. The store keeps an
     * order's current status only, so the timeline is rebuilt from it: created, each fill, and the
     * status now.
     */
    public void order(Context ctx) {
        OrderHash hash = orderHash(ctx.pathParam("hash"));
        Order order = store.orders().find(hash).orElseThrow(() -> new NotFoundResponse("no order " + hash.value()));
        List<Fill> fills = store.fills().forOrder(hash);
        ctx.json(new OrderDetail(orderViews(List.of(order)).getFirst(), timeline(order, fills), fills));
    }

    public void fills(Context ctx) { ctx.json(store.fills().recent(limit(ctx))); }

    public void positions(Context ctx) {
        ctx.json(positionViews(store.positions().all()).stream()
                .sorted(Comparator.comparing(PositionView::updatedAt).reversed())
                .limit(limit(ctx))
                .toList());
    }

    public void audit(Context ctx) { ctx.json(store.auditLog().recent(limit(ctx))); }

    /** Positions with their market's question and category, and a mark where one is known. */
    public List<PositionView> positionViews(List<Position> positions) {
        Map<ConditionId, MarketSummary> markets = store.markets().summaries(positions.stream().map(Position::market).collect(Collectors.toSet()));
        return positions.stream().map(p -> {
            MarketSummary market = markets.get(p.market());
            BigDecimal mark = mark(p, market).orElse(null);
            BigDecimal unrealized = mark == null || p.size().isZero() ? null : p.unrealizedPnl(mark).amount();
            return new PositionView(p.market(), p.token(), p.outcome(), p.size().shares(), p.costBasis().amount(), p.realizedPnl().amount(),
                    p.fees().amount(), p.updatedAt(), mark, unrealized, market == null ? null : market.category(),
                    market == null ? null : market.question());
        }).toList();
    }

    /** A resolved market pays 1 on the winner and 0 on the rest; live marks are execution's (in daily PnL), not kept per position. */
    private static Optional<BigDecimal> mark(Position p, MarketSummary market) {
        if (market == null || market.status() != MarketStatus.RESOLVED || market.winningToken() == null) return Optional.empty();
        return Optional.of(market.winningToken().equals(p.token()) ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    private List<OrderView> orderViews(List<Order> orders) {
        Map<SignalId, Signal> signals = store.signals().findAll(orders.stream().map(Order::signalId).toList());
        Map<OrderHash, List<Fill>> fills = store.fills().forOrders(orders.stream().map(Order::hash).toList());
        return orders.stream().map(o -> {
            Signal signal = signals.get(o.signalId());
            BigDecimal reference = signal == null ? null : signal.referencePrice().value();
            return OrderView.of(o, reference, slippage(o.side(), reference, fills.getOrDefault(o.hash(), List.of())));
        }).toList();
    }

    /** Fill VWAP minus the reference for a buy (paying more is worse), the reverse for a sell; null without fills. */
    static BigDecimal slippage(Side side, BigDecimal reference, List<Fill> fills) {
        if (reference == null || fills.isEmpty()) return null;
        BigDecimal paid = BigDecimal.ZERO, shares = BigDecimal.ZERO;
        for (Fill f : fills) {
            paid = paid.add(f.price().value().multiply(f.size().shares()));
            shares = shares.add(f.size().shares());
        }
        if (shares.signum() == 0) return null;
        BigDecimal vwap = paid.divide(shares, SLIPPAGE_SCALE, RoundingMode.HALF_EVEN);
        BigDecimal worse = side == Side.BUY ? vwap.subtract(reference) : reference.subtract(vwap);
        return worse.stripTrailingZeros();
    }

    static List<Transition> timeline(Order order, List<Fill> fills) {
        List<Transition> out = new ArrayList<>();
        out.add(new Transition(OrderStatus.NEW.name(), order.createdAt(), null));
        BigDecimal filled = BigDecimal.ZERO;
        for (Fill f : fills) {
            filled = filled.add(f.size().shares());
            String status = filled.compareTo(order.size().shares()) >= 0 ? OrderStatus.FILLED.name() : OrderStatus.PARTIALLY_FILLED.name();
            out.add(new Transition(status, f.eventTime(), "fill " + f.tradeId() + ": " + f.size() + " at " + f.price()));
        }
        Transition last = out.getLast();
        if (!last.status().equals(order.status().name()) || order.statusReason() != null)
            out.add(new Transition(order.status().name(), order.updatedAt(), order.statusReason()));
        return out;
    }

    private static OrderHash orderHash(String text) {
        try {
            return new OrderHash(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("order hash must be 0x and 64 hex digits, was '" + abbreviate(text) + "'");
        }
    }

    private static int limit(Context ctx) { return Limits.parse(ctx, DEFAULT_LIMIT, MAX_LIMIT); }

    private static String abbreviate(String text) { return text.length() <= 70 ? text : text.substring(0, 70) + "…"; }
}
