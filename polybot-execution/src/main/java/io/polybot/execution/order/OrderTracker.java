package io.polybot.execution.order;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.crash.CrashPoints;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.SubmitOutcome.Accepted;
import io.polybot.execution.venue.SubmitOutcome.Rejected;
import io.polybot.execution.venue.SubmitOutcome.Unknown;
import io.polybot.execution.venue.Venue.PreparedOrder;
import io.polybot.execution.venue.VenueEvent;
import io.polybot.execution.venue.VenueEvent.OrderUpdate;
import io.polybot.execution.venue.VenueEvent.TradeReport;
import io.polybot.store.repo.FillRepository;
import io.polybot.store.repo.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Owns our orders' state: every transition goes through {@link OrderStateMachine}, is persisted,
 * then announced on {@code orders.events}. Single writer: called only under execution's order-writer
 * lock (the signal consumer, the order feed's drain thread, the kill switch and the reconciler take turns).
 * Fills are stored once per venue trade and order, whichever source (POST answer, user channel,
 * polling, reconciler) reports them first.
 */
public final class OrderTracker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OrderTracker.class);
    static final String SOURCE = "execution.orders";
    /** Less than the venue's share precision (2 decimals): what is left below it counts as filled. */
    static final BigDecimal DUST = new BigDecimal("0.01");
    private static final MathContext PRICE_PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);

    private final OrderRepository orders;
    private final OrderJournal journal;
    private final FillRepository fills;
    private final PositionBook positions;
    private final MessageBus bus;
    private final Clock clock;
    /**
     * Every signal that has an order, and every order hash of ours: the store's at first use, then each
     * order this tracker records. Risk's duplicate check and the filter on venue reports (most name
     * the makers on the other side, not us) read them instead of the store, and {@link #beforeSubmit}
     * refuses a repeat by them (the journal stores behind the wire); the store's unique keys on the
     * signal id and the hash still turn away a second row.
     */
    private final Set<SignalId> ordered = ConcurrentHashMap.newKeySet();
    private final Set<OrderHash> ours = ConcurrentHashMap.newKeySet();
    private volatile boolean loaded;
    /**
     * Orders' last written state and stored fills, as this tracker (their one writer) wrote them: read
     * from the store once per order, then kept, so the venue's reports (several per order) and the
     * POST answer cost no query under the order-writer lock. Bounded: past {@link #REMEMBERED},
     * terminal orders are dropped and read again if a late report names them.
     */
    private final Map<OrderHash, Order> states = new ConcurrentHashMap<>();
    private final Map<OrderHash, List<Fill>> fillsOf = new ConcurrentHashMap<>();
    static final int REMEMBERED = 10_000;
    /**
     * Orders recorded in this run whose POST answer has not been applied yet (they are on the wire:
     * the venue may not list them yet). The reconciler and the order feed's polling leave them to
     * their answer; after a restart none is awaited, and they are resolved by hash as before.
     */
    private final Set<OrderHash> awaitingAnswer = ConcurrentHashMap.newKeySet();

    /** @param journal where a new order is recorded before it is sent ({@link FileOrderJournal} in execution) */
    public OrderTracker(OrderRepository orders, OrderJournal journal, FillRepository fills, PositionBook positions, MessageBus bus, Clock clock) {
        this.orders = orders;
        this.journal = journal;
        this.fills = fills;
        this.positions = positions;
        this.bus = bus;
        this.clock = clock;
    }

    /**
     * Whether this venue trade is already stored as a fill of one of our orders, or is not ours at all
     * (the other side of it): from memory, so the reconciler can pass over the account's whole trade
     * history without a query per trade.
     */
    public boolean nothingNewIn(TradeReport trade) {
        load();
        if (!ours.contains(trade.hash())) return true;
        return storedFills(trade.hash()).stream().anyMatch(f -> covers(f, trade.tradeId()));
    }

    /** Whether the order was sent in this run and its POST answer is not applied yet. */
    public boolean awaitingAnswer(OrderHash hash) { return awaitingAnswer.contains(hash); }

    /** Whether an order exists for this signal (a redelivered or repeated signal), from memory. */
    public boolean hasOrderFor(SignalId signal) {
        load();
        return ordered.contains(signal);
    }

    /** Reads the stored orders' keys now (start-up) rather than on the first signal or report. */
    public void load() {
        if (loaded) return;
        synchronized (this) {
            if (loaded) return;
            orders.keys().forEach((hash, signal) -> {
                ours.add(hash);
                ordered.add(signal);
            });
            loaded = true;
        }
    }

    /**
     * Records the prepared order, SUBMITTED, before it is sent. Empty when an order for
     * this signal or hash already exists: the signal has been acted on.
     *
     * <p>Invariant (crash safety): when this returns an order, it (status SUBMITTED, its hash, which
     * derives from the signal) is in the {@link OrderJournal}, so a restart knows every order it may
     * have sent: the file journal's line survives a kill of our JVM and is stored at the next start.
     * Everything that reads or updates stored orders first waits for the journal ({@link #awaitStored}).
     * Call {@link #announce} once the order is on the wire.
     */
    public Optional<Order> beforeSubmit(PreparedOrder prepared, Instant createdAt) {
        var intent = prepared.intent();
        // Recorded straight as SUBMITTED (NEW -> SUBMITTED by the table): one record on the way to the wire, not two.
        Order order = new Order(prepared.hash(), intent.signalId(), intent.market(), intent.token(), intent.side(),
                intent.limitPrice(), intent.size(), Size.ZERO, OrderStateMachine.next(OrderStatus.NEW, OrderEvent.SUBMIT),
                intent.timeInForce(), null, createdAt, clock.now());
        load();
        // Memory holds every stored order's signal and hash (loaded at start, added here by the one writer): the journal
        // may store behind the wire, so the repeat is refused here, before anything is recorded.
        if (ordered.contains(intent.signalId()) || ours.contains(order.hash())) return Optional.empty();
        boolean inserted = journal.record(order);
        ordered.add(intent.signalId());
        if (inserted) {
            awaitingAnswer.add(order.hash());
            ours.add(order.hash());
            remember(order);
            fillsOf.put(order.hash(), new ArrayList<>());
        }
        return inserted ? Optional.of(order) : Optional.empty();
    }

    /**
     * Waits until every order recorded so far is in the store. Callers that read stored orders (the
     * order feed's polling, the reconciler, the kill switch) call it first, and before taking the
     * order-writer lock, so the signal path never waits behind the store; the updates below call it too.
     */
    public void awaitStored() { journal.awaitStored(); }

    /** Logs and publishes the order recorded by {@link #beforeSubmit}: after the send, off the way to the wire. */
    public void announce(Order order) {
        log.info("order {} NEW -> {}", order.hash(), order.status());
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, order.updatedAt(), clock.now(), order));
    }

    /**
     * Applies what the venue said to the submitted order. The stored order is the starting point,
     * not the one sent: a report applied first (a replayed answer, a channel event when the caller
     * does not hold the writer lock across the send) is kept, and a step it has passed is skipped.
     */
    public Order onOutcome(Order order, SubmitOutcome outcome, String outcomeName) {
        awaitStored();
        awaitingAnswer.remove(order.hash());
        Order current = stored(order.hash()).orElse(order);
        return switch (outcome) {
            case Accepted a -> onAccepted(current, a, outcomeName);
            case Rejected r -> step(current, OrderEvent.VENUE_REJECT, current.filled(), r.message());
            // Never re-sign: the reconciler resolves it by hash.
            case Unknown u -> step(current, OrderEvent.NO_ANSWER, current.filled(), u.cause());
        };
    }

    private Order onAccepted(Order order, Accepted accepted, String outcomeName) {
        Order current = switch (accepted.status()) {
            case LIVE -> step(order, OrderEvent.VENUE_ACK, order.filled(), null);
            case MATCHED -> step(order, OrderEvent.VENUE_MATCHED, order.filled(), null);
            case DELAYED -> step(order, OrderEvent.VENUE_DELAYED, order.filled(), null);
        };
        if (accepted.filled().isZero()) return current;
        Optional<Fill> placement = placementFill(current, accepted);
        if (placement.isEmpty()) return current; // every trade of the answer is stored already (user channel, or a replayed answer)
        current = recordFill(current, placement.get(), outcomeName);
        // An immediate order's unfilled rest is killed by the venue at once.
        return current.status() == OrderStatus.PARTIALLY_FILLED && current.timeInForce().immediate()
                ? step(current, OrderEvent.CANCEL, current.filled(), "unfilled remainder of " + current.timeInForce() + " order")
                : current;
    }

    /**
     * What the answer filled that no stored fill covers yet. The answer gives only totals and the
     * trade ids; the user channel gives one fill per trade id and may come first. Trades already
     * stored are taken out of the totals; the rest is one fill named by the remaining trade ids.
     */
    private Optional<Fill> placementFill(Order order, Accepted accepted) {
        Size size = accepted.filled();
        Usd notional = accepted.filledNotional();
        List<String> missing = new ArrayList<>();
        List<Fill> stored = storedFills(order.hash());
        for (String tradeId : accepted.tradeIds()) {
            Optional<Fill> known = stored.stream().filter(f -> covers(f, tradeId)).findFirst();
            if (known.isEmpty()) missing.add(tradeId);
            else if (known.get().tradeId().equals(tradeId)) {
                size = size.minus(known.get().size());
                notional = notional.minus(known.get().notional());
            }
        }
        if (!accepted.tradeIds().isEmpty() && missing.isEmpty()) return Optional.empty();
        if (size.shares().compareTo(DUST) < 0 || notional.amount().signum() <= 0) return Optional.empty();
        String tradeId = missing.isEmpty() ? accepted.hash().value() + ":placement" : String.join(",", missing);
        return Optional.of(new Fill(tradeId, order.hash(), order.market(), order.token(), order.side(),
                new Price(notional.amount().divide(size.shares(), PRICE_PRECISION)), size, null, clock.now()));
    }

    /**
     * Applies one report of the venue (user channel or polling) to the order it names. Reports
     * for orders that are not ours (the other side of our maker fills) are ignored; a report a
     * state cannot take (a late ack after the fill) changes nothing.
     */
    public Optional<Order> onVenueEvent(VenueEvent event) {
        load();
        if (!ours.contains(event.hash())) return Optional.empty();
        awaitStored();
        Optional<Order> stored = stored(event.hash());
        if (stored.isEmpty()) return Optional.empty();
        Order order = stored.get();
        return Optional.of(switch (event) {
            case TradeReport t -> onTrade(order, t);
            case OrderUpdate u -> onUpdate(order, u);
        });
    }

    private Order onTrade(Order order, TradeReport trade) {
        if (trade.settlement() == VenueEvent.SettlementState.FAILED) {
            // The venue un-did the match on chain; our fill (if stored) no longer holds. Needs a person: the reconciler will flag the balance.
            log.error("trade {} of order {} FAILED to settle", trade.tradeId(), order.hash());
            return order;
        }
        if (storedFills(order.hash()).stream().anyMatch(f -> covers(f, trade.tradeId()))) return order; // re-sent per settlement step
        Fill fill = new Fill(trade.tradeId(), order.hash(), order.market(), order.token(), trade.side(), trade.price(), trade.size(), null,
                trade.eventTime());
        return recordFill(order, fill, null);
    }

    private Order onUpdate(Order order, OrderUpdate update) {
        if (order.status().terminal()) return order;
        return switch (update.state()) {
            case LIVE -> step(order, OrderEvent.VENUE_ACK, order.filled(), null);
            case DELAYED -> step(order, OrderEvent.VENUE_DELAYED, order.filled(), null);
            // Fills come as trades; MATCHED only says the venue holds no rest.
            case MATCHED -> order.status() == OrderStatus.FILLED ? order : step(order, OrderEvent.VENUE_MATCHED, order.filled(), null);
            case CANCELLED -> step(order, OrderEvent.CANCEL, order.filled(), "cancelled at the venue");
            case REJECTED -> step(order, OrderEvent.VENUE_REJECT, order.filled(), "the venue did not take the order");
            case OTHER -> order;
        };
    }

    /** Stores the fill once, moves the position, and advances the order; a fill for a terminal order only adds to its filled size. */
    private Order recordFill(Order order, Fill fill, String outcomeName) {
        CrashPoints.reach(CrashPoints.FILL_RECEIVED);
        if (!fills.insertIfAbsent(fill)) {
            fillsOf.remove(order.hash()); // the store had it and memory did not: read the order's fills again next time
            return order;
        }
        List<Fill> known = fillsOf.get(order.hash());
        if (known != null) known.add(fill); // else the next read loads them all, this one included
        positions.apply(fill, outcomeName);
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, fill.eventTime(), clock.now(), fill));
        Size filled = order.filled().plus(fill.size());
        if (order.status().terminal()) {
            Order updated = order.with(order.status(), filled, order.statusReason(), clock.now());
            orders.update(updated);
            remember(updated);
            log.info("order {} ({}) late fill {} of {}", order.hash(), order.status(), fill.tradeId(), fill.size());
            bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, updated.updatedAt(), clock.now(), updated));
            return updated;
        }
        // Fill dust: a rest below the venue's share precision can never trade, so the order counts as filled.
        boolean done = order.size().minus(filled.min(order.size())).shares().compareTo(DUST) < 0;
        return step(order, done ? OrderEvent.FULL_FILL : OrderEvent.PARTIAL_FILL, filled, null);
    }

    /** The order as last written, from memory; the store for one not seen since start. */
    private Optional<Order> stored(OrderHash hash) {
        Order known = states.get(hash);
        if (known != null) return Optional.of(known);
        Optional<Order> read = orders.find(hash);
        read.ifPresent(this::remember);
        return read;
    }

    /** The order's stored fills, from memory; the store for an order not seen since start. */
    private List<Fill> storedFills(OrderHash hash) {
        List<Fill> known = fillsOf.get(hash);
        if (known != null) return known;
        List<Fill> read = new ArrayList<>(fills.forOrder(hash));
        fillsOf.put(hash, read);
        return read;
    }

    private void remember(Order order) {
        if (states.size() >= REMEMBERED) {
            states.values().removeIf(o -> o.status().terminal());
            fillsOf.keySet().retainAll(states.keySet());
        }
        states.put(order.hash(), order);
    }

    /**
     * Runs {@code work} (writes through this tracker: order states, fills, positions, PnL) as one
     * transaction: all of it is stored or none, so a crash in the middle leaves nothing half-applied
     * for the restart to trip over. If it rolls back, memory drops what the store lost.
     */
    public <T> T inOne(Transactions transactions, Supplier<T> work) {
        try {
            return transactions.inOne(work);
        } catch (RuntimeException e) {
            positions.forget();
            forgetStates();
            throw e;
        }
    }

    /**
     * Drops the remembered order states and fills; they are read from the store again. For a caller
     * whose transaction around this tracker's writes rolled back (the store lost what memory kept).
     */
    public void forgetStates() {
        states.clear();
        fillsOf.clear();
    }

    /** Whether a stored fill stands for this venue trade: its own, or one of the trades of a placement answer. */
    private static boolean covers(Fill fill, String tradeId) {
        return fill.tradeId().equals(tradeId) || Arrays.asList(fill.tradeId().split(",")).contains(tradeId);
    }

    /** A transition when the state takes the event; otherwise the order as it is (only the filled size may change). */
    private Order step(Order order, OrderEvent event, Size filled, String reason) {
        if (OrderStateMachine.accepts(order.status(), event)) {
            // A repeated report (LIVE again) is no news: nothing to store or announce.
            if (OrderStateMachine.next(order.status(), event) == order.status() && filled.equals(order.filled())) return order;
            return transition(order, event, filled, reason);
        }
        log.debug("order {} in {} ignores {}", order.hash(), order.status(), event);
        return order;
    }

    /**
     * The venue confirmed it cancelled the order (cancel-all of the kill switch). Empty when the
     * order's state cannot take a cancel (already terminal, or never acknowledged).
     */
    public Optional<Order> onCancelledAtVenue(Order order, String reason) {
        awaitStored();
        if (!OrderStateMachine.accepts(order.status(), OrderEvent.CANCEL)) {
            log.warn("venue cancelled order {} which is {}; left for the reconciler", order.hash(), order.status());
            return Optional.empty();
        }
        return Optional.of(transition(order, OrderEvent.CANCEL, order.filled(), reason));
    }

    private Order transition(Order order, OrderEvent event, Size filled, String reason) {
        OrderStatus next = OrderStateMachine.next(order.status(), event);
        Order updated = order.with(next, filled, reason, clock.now());
        orders.update(updated);
        remember(updated);
        log.info("order {} {} -> {}{}", order.hash(), order.status(), next, reason == null ? "" : " (" + reason + ")");
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, updated.updatedAt(), clock.now(), updated));
        return updated;
    }

    /** Stores what the journal still holds and closes it: after the last answer is applied ({@link OrderSender#close}). */
    @Override public void close() { journal.close(); }
}
