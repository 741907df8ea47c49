package io.polybot.execution.order;

import io.polybot.core.market.TokenId;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.time.Clock;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.venue.VenueEvent;
import io.polybot.execution.venue.VenueEvents;
import io.polybot.execution.venue.VenueException;
import io.polybot.execution.venue.VenueLedger;
import io.polybot.store.repo.OrderRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Keeps our orders current from the venue: the user channel's events as they come, and polling
 * ({@code /data/order/{id}}, {@code /data/trades}) as the fallback while the channel is down,
 * after it reconnects, and for orders that stay UNKNOWN, SUBMITTED or LIVE too long. Whatever the
 * source, events go into one inbox that one thread drains under the order-writer lock, so the
 * tracker stays the only writer of order state.
 */
public final class OrderFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OrderFeed.class);

    private final Optional<VenueEvents> events;
    private final VenueLedger ledger;
    private final OrderTracker tracker;
    private final OrderRepository orders;
    private final Lock orderWriter;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration staleAfter;
    private final BlockingQueue<Object> inbox = new LinkedBlockingQueue<>();
    private final Thread drainer;
    private ScheduledExecutorService poller;
    private volatile boolean closed;

    /** A marker in the inbox: poll now (the channel reconnected or was down). */
    private record PollAll() {}

    /**
     * @param events     the venue's push feed; empty for a venue that is only polled
     * @param staleAfter how long an order may stay unconfirmed (UNKNOWN, SUBMITTED, DELAYED) or LIVE without news before it is polled
     */
    public OrderFeed(Optional<VenueEvents> events, VenueLedger ledger, OrderTracker tracker, OrderRepository orders, Lock orderWriter,
                     Transactions transactions, Clock clock, Duration staleAfter) {
        this.events = events;
        this.ledger = ledger;
        this.tracker = tracker;
        this.orders = orders;
        this.orderWriter = orderWriter;
        this.transactions = transactions;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.drainer = Thread.ofVirtual().name("order-feed").unstarted(this::drain);
    }

    /** Starts the channel, the drain thread and polling every {@code pollInterval}. */
    public void start(Duration pollInterval) {
        drainer.start();
        events.ifPresent(e -> e.start(this::offer, () -> inbox.add(new PollAll())));
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("order-feed-poll").factory());
        poller.scheduleWithFixedDelay(() -> inbox.add(new PollAll()), pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Queues one venue event for the writer. */
    public void offer(VenueEvent event) { inbox.add(event); }

    /** Whether the push feed is up; without one, polling is all there is. */
    public boolean channelConnected() { return events.map(VenueEvents::connected).orElse(false); }

    private void drain() {
        while (!closed) {
            Object next;
            try {
                next = inbox.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                switch (next) {
                    case VenueEvent event -> apply(event);
                    case PollAll p -> poll();
                    default -> { }
                }
            } catch (RuntimeException e) {
                // One bad event must not stop the writer; the reconciler catches what is left undone.
                log.error("order feed could not apply {}: {}", next, e.toString(), e);
            }
        }
    }

    /** One event, one transaction: a fill, its position and the order's new state are stored together or not at all. */
    private void apply(VenueEvent event) {
        tracker.awaitStored(); // before the lock: the signal path must not wait while the journal catches up
        orderWriter.lock();
        try {
            tracker.inOne(transactions, () -> tracker.onVenueEvent(event));
        } finally {
            orderWriter.unlock();
        }
    }

    /**
     * Polls the venue for the orders that need it: all open ones while the channel is down,
     * otherwise those unconfirmed or quiet for longer than {@code staleAfter}. Runs on the
     * writer's thread (via the inbox) in production; tests call it directly.
     */
    public void poll() {
        boolean channelUp = channelConnected();
        tracker.awaitStored();
        List<Order> due = orders.open().stream().filter(o -> !tracker.awaitingAnswer(o.hash())).filter(o -> !channelUp || stale(o)).toList();
        if (due.isEmpty()) return;
        try {
            Set<TokenId> tokens = new LinkedHashSet<>();
            for (Order order : due) {
                tokens.add(order.token());
                Optional<VenueEvent.OrderUpdate> atVenue = ledger.order(order.hash());
                if (atVenue.isPresent()) apply(atVenue.get());
                else if (stale(order) && (order.status() == OrderStatus.UNKNOWN || order.status() == OrderStatus.SUBMITTED)) {
                    // Past staleAfter the venue would know an order it had taken: it never got this one.
                    apply(new VenueEvent.OrderUpdate(order.hash(), VenueEvent.VenueOrderState.REJECTED, order.token(), order.size(),
                            order.filled(), clock.now()));
                }
            }
            // Trades after the order states: a late fill lands on the order whatever state the update left.
            Set<String> ours = new LinkedHashSet<>();
            due.forEach(o -> ours.add(o.hash().value()));
            for (VenueEvent.TradeReport trade : ledger.trades(tokens)) if (ours.contains(trade.hash().value())) apply(trade);
        } catch (VenueException e) {
            log.warn("order feed: polling the venue failed ({}); next round", e.getMessage());
        }
    }

    private boolean stale(Order order) {
        boolean waiting = switch (order.status()) {
            case UNKNOWN, SUBMITTED, DELAYED, LIVE, MATCHED, PARTIALLY_FILLED -> true;
            default -> false;
        };
        return waiting && order.updatedAt().plus(staleAfter).isBefore(clock.now());
    }

    @Override public void close() {
        closed = true;
        if (poller != null) poller.shutdownNow();
        events.ifPresent(VenueEvents::close);
        drainer.interrupt();
    }
}
