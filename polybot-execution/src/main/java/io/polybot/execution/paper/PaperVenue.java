package io.polybot.execution.paper;

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
import io.polybot.core.time.Clock;
import io.polybot.execution.pricing.BookWalk;
import io.polybot.execution.venue.CancelAllResult;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueEvent;
import io.polybot.execution.venue.VenueEvent.OrderUpdate;
import io.polybot.execution.venue.VenueEvent.SettlementState;
import io.polybot.execution.venue.VenueEvent.TradeReport;
import io.polybot.execution.venue.VenueEvent.VenueOrderState;
import io.polybot.execution.venue.VenueEvents;
import io.polybot.execution.venue.VenueException;
import io.polybot.execution.venue.VenueLedger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Paper trading: real market data, simulated fills. Books and order preparation come from the
 * real venue's read side (nothing is ever sent to it); an order fills against the book as it is
 * when the order arrives, level by level up to its limit, as a taker would. What a GTC order
 * does not take rests here and fills when a later book crosses it ({@link #sweep}). The account
 * (pUSD and shares) lives in memory and starts from {@code startingCollateral}.
 *
 * <p>Assumptions a trader should know: our size does not move the book (each order sees the
 * book fresh, as if earlier paper fills had not consumed it), resting orders fill only when the
 * book crosses their price (never by queue position at their own price), and fills pay no fee.
 */
public final class PaperVenue implements Venue, VenueEvents, VenueLedger {
    private static final Logger log = LoggerFactory.getLogger(PaperVenue.class);
    /** The message the CLOB gives when collateral or shares do not cover an order; dead letters recognise it. */
    static final String NOT_ENOUGH_BALANCE = "not enough balance / allowance";

    private final Venue market;
    private final Clock clock;
    private final Map<OrderHash, PaperOrder> orders = new LinkedHashMap<>();
    private final List<TradeReport> trades = new ArrayList<>();
    private final Map<TokenId, Size> shares = new HashMap<>();
    private Usd collateral;
    private long tradeSeq;
    private volatile Consumer<VenueEvent> sink = event -> { };
    private ScheduledExecutorService sweeper;

    /** @param market the real venue, used only to read books and to prepare (hash) orders */
    public PaperVenue(Venue market, Usd startingCollateral, Clock clock) {
        this.market = market;
        this.collateral = startingCollateral;
        this.clock = clock;
    }

    /** One paper order: the market it trades, what is left of it, and its state. */
    private static final class PaperOrder {
        final OrderHash hash;
        final OrderIntent intent;
        final Market market;
        Size matched = Size.ZERO;
        VenueOrderState state = VenueOrderState.LIVE;
        Instant updatedAt;

        PaperOrder(OrderHash hash, OrderIntent intent, Market market, Instant at) {
            this.hash = hash;
            this.intent = intent;
            this.market = market;
            this.updatedAt = at;
        }

        Size remaining() { return intent.size().minus(matched); }

        OrderUpdate update() { return new OrderUpdate(hash, state, intent.token(), intent.size(), matched, updatedAt); }
    }

    private record PaperPrepared(OrderHash hash, OrderIntent intent, Market market) implements PreparedOrder {}

    @Override public OrderBookSnapshot book(Market m, TokenId token) { return market.book(m, token); }

    @Override public PreparedOrder prepare(OrderIntent intent, Market m, Instant createdAt) {
        return new PaperPrepared(market.prepare(intent, m, createdAt).hash(), intent, m);
    }

    @Override public SubmitOutcome submit(PreparedOrder prepared) {
        if (!(prepared instanceof PaperPrepared p)) throw new IllegalArgumentException("not prepared by this venue: " + prepared);
        OrderBookSnapshot book;
        try {
            book = market.book(p.market(), p.intent().token());
        } catch (VenueException e) {
            // Nothing was placed: the same as a venue that could not be reached, resolved by hash later.
            return new SubmitOutcome.Unknown(p.hash(), "book unavailable: " + e.getMessage());
        }
        List<VenueEvent> events = new ArrayList<>();
        SubmitOutcome outcome;
        synchronized (this) {
            PaperOrder existing = orders.get(p.hash());
            // The same signed order sent twice is one order, as at the CLOB.
            if (existing != null) return new SubmitOutcome.Rejected(p.hash(), "order " + p.hash() + " already exists");
            OrderIntent intent = p.intent();
            if (!covered(intent)) return new SubmitOutcome.Rejected(p.hash(), NOT_ENOUGH_BALANCE);
            List<BookLevel> takeable = BookWalk.takes(book, intent.side(), intent.size(), intent.limitPrice());
            Size available = takeable.stream().map(BookLevel::size).reduce(Size.ZERO, Size::plus);
            if (intent.timeInForce() == TimeInForce.FOK && available.compareTo(intent.size()) < 0)
                return new SubmitOutcome.Rejected(p.hash(), "order couldn't be fully filled, FOK orders are fully filled or killed");
            PaperOrder order = new PaperOrder(p.hash(), intent, p.market(), clock.now());
            orders.put(order.hash, order);
            List<String> tradeIds = new ArrayList<>();
            Usd notional = Usd.ZERO;
            for (BookLevel level : takeable) {
                TradeReport trade = fill(order, level.price(), level.size());
                tradeIds.add(trade.tradeId());
                notional = notional.plus(level.price().notional(level.size()));
                events.add(trade);
            }
            boolean rests = intent.timeInForce() == TimeInForce.GTC || intent.timeInForce() == TimeInForce.GTD;
            order.state = order.remaining().isZero() || !rests ? (order.matched.isZero() ? VenueOrderState.CANCELLED : VenueOrderState.MATCHED)
                    : VenueOrderState.LIVE;
            events.add(order.update());
            SubmitOutcome.VenueOrderStatus status = order.state == VenueOrderState.LIVE
                    ? SubmitOutcome.VenueOrderStatus.LIVE : SubmitOutcome.VenueOrderStatus.MATCHED;
            if (order.matched.isZero() && !rests)
                outcome = new SubmitOutcome.Rejected(p.hash(), "no orders found to match with FAK order. FAK orders are partially filled or killed if no match is found.");
            else outcome = new SubmitOutcome.Accepted(p.hash(), status, order.matched, notional, tradeIds);
        }
        Consumer<VenueEvent> target = sink;
        events.forEach(target);
        return outcome;
    }

    /** A BUY must be covered by pUSD at its limit, a SELL by shares held. */
    private boolean covered(OrderIntent intent) {
        if (intent.side() == Side.BUY) return intent.limitPrice().notional(intent.size()).compareTo(collateral) <= 0;
        return intent.size().compareTo(shares.getOrDefault(intent.token(), Size.ZERO)) <= 0;
    }

    private TradeReport fill(PaperOrder order, Price price, Size size) {
        Usd notional = price.notional(size);
        if (order.intent.side() == Side.BUY) {
            collateral = collateral.minus(notional);
            shares.merge(order.intent.token(), size, Size::plus);
        } else {
            collateral = collateral.plus(notional);
            shares.put(order.intent.token(), shares.getOrDefault(order.intent.token(), Size.ZERO).minus(size));
        }
        order.matched = order.matched.plus(size);
        order.updatedAt = clock.now();
        TradeReport trade = new TradeReport("paper-" + (++tradeSeq), order.hash, order.intent.token(), order.intent.side(), price, size,
                SettlementState.CONFIRMED, order.updatedAt);
        trades.add(trade);
        return trade;
    }

    /** Fills resting orders that the current books cross; run every few seconds while the feed is started. */
    public void sweep() {
        List<PaperOrder> resting;
        synchronized (this) {
            resting = orders.values().stream().filter(o -> o.state == VenueOrderState.LIVE).toList();
        }
        for (PaperOrder order : resting) {
            OrderBookSnapshot book;
            try {
                book = market.book(order.market, order.intent.token());
            } catch (VenueException e) {
                log.debug("paper sweep: no book for {}: {}", order.intent.token(), e.getMessage());
                continue;
            }
            List<VenueEvent> events = new ArrayList<>();
            synchronized (this) {
                if (order.state != VenueOrderState.LIVE) continue;
                for (BookLevel level : BookWalk.takes(book, order.intent.side(), order.remaining(), order.intent.limitPrice())) {
                    // A resting order is filled at its own price: the crossing taker pays ours.
                    events.add(fill(order, order.intent.limitPrice(), level.size()));
                }
                if (events.isEmpty()) continue;
                if (order.remaining().isZero()) order.state = VenueOrderState.MATCHED;
                events.add(order.update());
            }
            events.forEach(sink);
        }
    }

    @Override public synchronized CancelAllResult cancelAll() {
        Set<OrderHash> cancelled = new HashSet<>();
        List<VenueEvent> events = new ArrayList<>();
        for (PaperOrder order : orders.values()) {
            if (order.state != VenueOrderState.LIVE) continue;
            order.state = VenueOrderState.CANCELLED;
            order.updatedAt = clock.now();
            cancelled.add(order.hash);
            events.add(order.update());
        }
        events.forEach(sink);
        return new CancelAllResult(cancelled, Map.of());
    }

    // ---- the feed: paper events are produced in-process ----

    @Override public void start(Consumer<VenueEvent> sink, Runnable onGap) {
        this.sink = sink;
        sweeper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("paper-sweep").factory());
        sweeper.scheduleWithFixedDelay(this::sweepQuietly, 5, 5, TimeUnit.SECONDS);
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            log.warn("paper sweep failed: {}", e.toString());
        }
    }

    @Override public boolean connected() { return true; }

    @Override public void close() {
        if (sweeper != null) sweeper.shutdownNow();
    }

    // ---- the ledger ----

    @Override public synchronized Optional<OrderUpdate> order(OrderHash hash) {
        return Optional.ofNullable(orders.get(hash)).map(PaperOrder::update);
    }

    @Override public synchronized List<OrderUpdate> openOrders() {
        return orders.values().stream().filter(o -> o.state == VenueOrderState.LIVE).map(PaperOrder::update).toList();
    }

    @Override public synchronized List<TradeReport> trades(Collection<TokenId> tokens) {
        Set<TokenId> wanted = Set.copyOf(tokens);
        return trades.stream().filter(t -> wanted.contains(t.token())).toList();
    }

    @Override public synchronized Map<TokenId, Size> tokenBalances(Collection<TokenId> tokens) {
        Map<TokenId, Size> out = new LinkedHashMap<>();
        for (TokenId token : tokens) out.put(token, shares.getOrDefault(token, Size.ZERO));
        return out;
    }

    @Override public synchronized Usd collateral() { return collateral; }
}
