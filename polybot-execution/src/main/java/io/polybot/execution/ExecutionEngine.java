package io.polybot.execution;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.book.BookSource;
import io.polybot.execution.deadletter.DeadLetterPublisher;
import io.polybot.execution.killswitch.DailyLossBreaker;
import io.polybot.execution.market.MarketCache;
import io.polybot.execution.order.OrderSender;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.risk.DenyReason;
import io.polybot.execution.risk.Portfolio;
import io.polybot.execution.risk.RiskDecision;
import io.polybot.execution.risk.RiskEngine;
import io.polybot.execution.risk.RiskRequest;
import io.polybot.execution.sizing.Sizer;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.store.batch.BatchWriter;
import io.polybot.store.repo.RiskDecisionRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Hermes: turns signals into orders. For each signal: size it, let the risk engine judge it
 * (every decision is stored with its figures), prepare and record the order, send it, and apply
 * the venue's answer. One consumer, one writer: signals are handled one at a time, and order state
 * changes only under the {@code orderWriter} lock (signal handling, the answers, the order feed,
 * the reconciler and the kill switch take turns). The lock is not held across the venue's round
 * trip: the {@link OrderSender} sends, and risk counts what is in flight at its worst cost. A
 * venue that cannot be read makes the handler throw, so the bus redelivers the signal and finally
 * dead-letters it; a shortage of collateral, which only a person can fix, goes to {@code dlq} at once.
 *
 * <p>The way from signal to wire reads no database (issue 6, item 11: p99 under 5 ms): markets from
 * the {@link MarketCache}, the book from the market channel's local book ({@link BookSource}; REST
 * only when it is missing or stale), positions and today's PnL from the {@link PositionBook}, "already
 * ordered" from the {@link OrderTracker}. It writes one row before the wire, the order itself (see
 * {@link OrderTracker#beforeSubmit} for that invariant). Risk decisions are written behind by a
 * {@link BatchWriter}, in order, flushed on close: a kill -9 may lose the last few milliseconds of
 * decision rows, never an order row; the order row (signal id, price, size, status) says what was
 * approved, and a lost denial sent nothing.
 */
public final class ExecutionEngine implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ExecutionEngine.class);
    public static final String SIGNALS_GROUP = "execution";

    private final MessageBus bus;
    private final Venue venue;
    private final Sizer sizer;
    private final RiskEngine risk;
    private final OrderTracker orders;
    private final PositionBook positionBook;
    private final MarketCache markets;
    private final BookSource books;
    private final BatchWriter<RiskDecisionRecord> decisions;
    private final Transactions transactions;
    private final TradingSwitch tradingSwitch;
    private final Supplier<Usd> startingBalance;
    private final BooleanSupplier liveArmed;
    private final DailyLossBreaker breaker;
    private final DeadLetterPublisher deadLetters;
    private final OrderSender sender;
    private final Lock orderWriter;
    private final Clock clock;
    private final DenialLog denials;
    private final List<Subscription> subscriptions = new ArrayList<>();
    /** A market's event never changes: read once, not once per held position per signal. */
    private final Map<ConditionId, String> eventOf = new ConcurrentHashMap<>();

    public ExecutionEngine(MessageBus bus, Venue venue, Sizer sizer, RiskEngine risk, OrderTracker orders, PositionBook positionBook,
                           MarketCache markets, BookSource books, BatchWriter<RiskDecisionRecord> decisions,
                           Transactions transactions, TradingSwitch tradingSwitch, Supplier<Usd> startingBalance,
                           BooleanSupplier liveArmed, DailyLossBreaker breaker, DeadLetterPublisher deadLetters, OrderSender sender,
                           Lock orderWriter, Clock clock) {
        this.bus = bus;
        this.venue = venue;
        this.sizer = sizer;
        this.risk = risk;
        this.orders = orders;
        this.positionBook = positionBook;
        this.markets = markets;
        this.books = books;
        this.decisions = decisions;
        this.transactions = transactions;
        this.tradingSwitch = tradingSwitch;
        this.startingBalance = startingBalance;
        this.liveArmed = liveArmed;
        this.breaker = breaker;
        this.deadLetters = deadLetters;
        this.sender = sender;
        this.orderWriter = orderWriter;
        this.clock = clock;
        this.denials = new DenialLog(clock);
    }

    /** Consumes {@code signals}; the control topic is {@link ExecutionRole}'s. */
    public void start() {
        // The read models load from the store here, not on the first signal's way to the wire.
        orders.load();
        positionBook.positions();
        positionBook.realizedToday();
        books.start();
        subscriptions.add(bus.subscribe(Topic.SIGNALS, SIGNALS_GROUP, this::onSignal));
    }

    public boolean liveArmed() { return liveArmed.getAsBoolean(); }

    /** Handles one signal; a thrown exception (venue unreachable) leaves it for redelivery and, in the end, the dlq. */
    void onSignal(Envelope<?> envelope) {
        if (!(envelope.payload() instanceof Signal signal)) return;
        Optional<Market> market = markets.byToken(signal.token());
        if (market.isEmpty()) {
            record(signal, new RiskDecision.Denied(DenyReason.MARKET_NOT_TRADABLE, "unknown market for token " + signal.token(), Map.of()));
            return;
        }
        if (tradingSwitch.halted()) {
            // Risk's first check, taken before the venue is read: while halted nothing touches the venue, and a market
            // without a book (resolved) cannot push the signal to the dlq instead of a recorded denial.
            record(signal, new RiskDecision.Denied(DenyReason.TRADING_HALTED, "trading is halted", Map.of()));
            return;
        }
        OrderBookSnapshot book = books.book(market.get(), signal.token());
        Usd proposed = sizer.notional(signal, signal.referencePrice());
        boolean alreadyOrdered = orders.hasOrderFor(signal.id());
        Portfolio portfolio = portfolio();
        breaker.check(portfolio.realizedPnlToday());
        RiskDecision decision = risk.evaluate(new RiskRequest(signal, market.get(), book, proposed, alreadyOrdered, liveArmed.getAsBoolean(), portfolio));
        // An approval is recorded once the order is out (execute): nothing but the order row between trade and wire.
        if (decision instanceof RiskDecision.Denied) record(signal, decision);
        switch (decision) {
            case RiskDecision.Approved approved -> executeExclusively(envelope, signal, market.get(), approved);
            case RiskDecision.Denied denied when denied.reason() == DenyReason.INSUFFICIENT_BALANCE ->
                    deadLetters.publish(Topic.SIGNALS, SIGNALS_GROUP, envelope, "insufficient balance: " + denied.detail());
            case RiskDecision.Denied denied -> { }
        }
    }

    /**
     * Under the order-writer lock, once more checked against a kill: prepare, record and send the
     * order. The lock is not held across the venue's round trip: the answer is applied later by
     * {@link #onAnswer}, on the sender's answers thread.
     */
    private void executeExclusively(Envelope<?> envelope, Signal signal, Market market, RiskDecision.Approved approved) {
        orderWriter.lock();
        try {
            // A kill may have landed between the risk decision and here; its cancel-all has run, so nothing may go out now.
            if (tradingSwitch.halted()) {
                record(signal, approved);
                record(signal, new RiskDecision.Denied(DenyReason.TRADING_HALTED, "trading halted before the order was sent", Map.of()));
                return;
            }
            execute(envelope, signal, market, approved);
        } finally {
            orderWriter.unlock();
        }
    }

    private void execute(Envelope<?> envelope, Signal signal, Market market, RiskDecision.Approved approved) {
        // Immediate copy: take what the book offers up to the approved limit, kill the rest.
        OrderIntent intent = new OrderIntent(signal.id(), signal.market(), signal.token(), signal.side(), approved.limitPrice(),
                approved.size(), TimeInForce.FAK);
        Order submitted;
        try {
            // Creation time from the signal: the same signal always prepares the same order (same hash).
            Venue.PreparedOrder prepared = venue.prepare(intent, market, signal.createdAt());
            Optional<Order> recorded = orders.beforeSubmit(prepared, signal.createdAt());
            if (recorded.isEmpty()) {
                log.info("signal {} already has order {}; not sending again", signal.id(), prepared.hash());
                return;
            }
            submitted = recorded.get();
            sender.send(prepared, submitted, outcome -> onAnswer(envelope, signal, submitted, outcome));
        } finally {
            record(signal, approved);
        }
        // Still under the lock: the answer's transitions (applied under it too) cannot be announced before this one.
        orders.announce(submitted);
    }

    /** The venue's answer, on the sender's answers thread: order status, fill, position and PnL as one unflushed commit. */
    private void onAnswer(Envelope<?> envelope, Signal signal, Order submitted, SubmitOutcome outcome) {
        orders.awaitStored(); // before the lock: the next signal must not wait while the journal catches up
        orderWriter.lock();
        try {
            orders.inOne(transactions, () -> orders.onOutcome(submitted, outcome, signal.outcome()));
        } finally {
            orderWriter.unlock();
        }
        if (outcome instanceof SubmitOutcome.Rejected rejected && DeadLetterPublisher.needsAPerson(rejected.message()))
            deadLetters.publish(Topic.SIGNALS, SIGNALS_GROUP, envelope, "venue rejected order " + rejected.hash() + ": " + rejected.message());
        breaker.check(positionBook.realizedToday());
    }

    private Portfolio portfolio() {
        // Pending first, then positions: an answer applied in between is counted twice (cautious), never not at all.
        Map<TokenId, Usd> pending = sender.pendingCost();
        Map<TokenId, Position> held = new HashMap<>();
        Map<TokenId, String> events = new HashMap<>();
        for (Position p : positionBook.positions()) {
            held.put(p.token(), p);
            eventOf(p.market()).ifPresent(event -> events.put(p.token(), event));
        }
        for (TokenId token : pending.keySet())
            markets.byToken(token).flatMap(m -> eventOf(m.conditionId())).ifPresent(event -> events.put(token, event));
        Usd realizedToday = positionBook.realizedToday();
        Usd exposure = held.values().stream().map(Position::costBasis).reduce(Usd.ZERO, Usd::plus);
        Usd inFlight = pending.values().stream().reduce(Usd.ZERO, Usd::plus);
        Usd realizedAll = held.values().stream().map(Position::realizedPnl).reduce(Usd.ZERO, Usd::plus);
        return new Portfolio(held, events, realizedToday, startingBalance.get().plus(realizedAll).minus(exposure).minus(inFlight), pending);
    }

    private Optional<String> eventOf(ConditionId market) {
        return Optional.ofNullable(eventOf.computeIfAbsent(market, id -> markets.byCondition(id)
                .map(m -> m.eventSlug() == null ? m.conditionId().value() : m.eventSlug()).orElse(null)));
    }

    private void record(Signal signal, RiskDecision decision) {
        RiskDecisionRecord row = switch (decision) {
            case RiskDecision.Approved a -> new RiskDecisionRecord(signal.id(), true, "APPROVED",
                    "buy " + a.size() + " at or below " + a.limitPrice(), a.figures(), clock.now());
            case RiskDecision.Denied d -> new RiskDecisionRecord(signal.id(), false, d.reason().name(), d.detail(), d.figures(), clock.now());
        };
        decisions.write(row);
        if (!row.approved()) denials.denied(signal.id(), row.code(), row.detail());
    }

    /** Waits until every decision taken so far is in the store. */
    void awaitDecisionsStored() { decisions.flush(); }

    /** Waits until every order sent so far has its answer applied (tests, shutdown). */
    void awaitAnswersApplied() { sender.awaitApplied(Duration.ofSeconds(30)); }

    /** Stops taking signals, lets the orders on the wire come back and be applied, then stores the orders and decisions still queued. */
    @Override public void close() {
        subscriptions.forEach(Subscription::close);
        sender.close();
        orders.close();
        books.close();
        decisions.close();
    }
}
