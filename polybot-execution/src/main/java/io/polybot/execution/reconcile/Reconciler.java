package io.polybot.execution.reconcile;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.position.Position;
import io.polybot.core.time.Clock;
import io.polybot.execution.deadletter.DeadLetterPublisher;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.venue.BalanceSource;
import io.polybot.execution.venue.VenueEvent;
import io.polybot.execution.venue.VenueEvent.OrderUpdate;
import io.polybot.execution.venue.VenueEvent.VenueOrderState;
import io.polybot.execution.venue.VenueException;
import io.polybot.execution.venue.VenueLedger;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.MarketRepository;
import io.polybot.store.repo.OrderRepository;
import io.polybot.store.repo.PositionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;

/**
 * Holds the store against the venue (ARCHITECTURE §5), at start-up and periodically: open orders,
 * fills, and holdings against the venue's balances and any independent {@link BalanceSource}. What
 * the venue's records explain is put right through the tracker (a missed fill, an order the venue
 * finished, cancelled or never took, a redeemed position); what they do not explain halts trading:
 * KILL on {@code control} with the reason, an audit entry, and an alert on {@code dlq}.
 *
 * <p>Reads the venue first, without the order-writer lock (see {@code VenueView}), then compares and
 * corrects under it, so no order changes state while it compares; orders sent and still waiting
 * for their answer, and orders the store changed after the venue was read, are left to the next run. A holding that
 * differs is a mismatch only when it differs on {@code confirmRuns} runs in a row: settlement
 * and the Data API's indexer lag behind the match by seconds.
 */
public final class Reconciler implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    public static final String ACTOR = "execution.reconciler";
    /** The venue's share precision: smaller differences are rounding, not drift. */
    private static final BigDecimal DUST = new BigDecimal("0.01");

    private final VenueLedger ledger;
    /** The venue's own token balances first, then the independent sources. */
    private final List<BalanceSource> balanceSources;
    private final OrderTracker tracker;
    private final OrderRepository orders;
    private final PositionRepository positions;
    private final PositionBook book;
    private final MarketRepository markets;
    private final AuditLogRepository audit;
    private final DeadLetterPublisher deadLetters;
    private final MessageBus bus;
    private final Lock orderWriter;
    private final Transactions transactions;
    private final Clock clock;
    private final int confirmRuns;
    private final Map<String, Integer> driftRuns = new HashMap<>();
    private Set<String> lastAlerted = Set.of();
    private ScheduledExecutorService timer;

    public Reconciler(VenueLedger ledger, List<BalanceSource> balanceSources, OrderTracker tracker, OrderRepository orders,
                      PositionRepository positions, PositionBook book, MarketRepository markets, AuditLogRepository audit,
                      DeadLetterPublisher deadLetters, MessageBus bus, Lock orderWriter, Transactions transactions, Clock clock,
                      int confirmRuns) {
        this.ledger = ledger;
        this.balanceSources = withVenue(ledger, balanceSources);
        this.tracker = tracker;
        this.orders = orders;
        this.positions = positions;
        this.book = book;
        this.markets = markets;
        this.audit = audit;
        this.deadLetters = deadLetters;
        this.bus = bus;
        this.orderWriter = orderWriter;
        this.transactions = transactions;
        this.clock = clock;
        this.confirmRuns = Math.max(1, confirmRuns);
    }

    /** Runs once now, on the caller's thread (start-up), then every {@code interval}. */
    public void start(Duration interval) {
        runQuietly();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("reconciler").factory());
        timer.scheduleWithFixedDelay(this::runQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            reconcile();
        } catch (VenueException e) {
            // An unreadable venue is not a mismatch: the next run tries again, and the heartbeat layer covers an outage.
            log.warn("reconciliation skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("reconciliation failed", e);
        }
    }

    /**
     * What the venue and the balance sources said at {@code asOf}, read before the writer lock is
     * taken: a run reads every held token's trades and balances, seconds of calls at a few hundred
     * positions, which must not hold up the signal path. What the store changed after {@code asOf}
     * is left to the next run.
     */
    private record VenueView(Instant asOf, Map<OrderHash, OrderUpdate> open, List<VenueEvent.TradeReport> trades, Set<TokenId> held,
                             Map<String, Map<TokenId, Size>> balances) {
        boolean newerThanView(Order order) { return order.updatedAt().isAfter(asOf); }
    }

    /** One run; throws {@link VenueException} when the venue cannot be read (nothing is concluded then). */
    public ReconciliationReport reconcile() {
        List<String> corrections = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        VenueView venue = readVenue();
        orderWriter.lock();
        try {
            checkVenueOpenOrders(venue, corrections, mismatches);
            applyMissedFills(venue.trades(), corrections);
            // An order still waiting for its POST answer may not be listed yet: its answer, not this run, settles it.
            for (Order order : orders.open())
                if (!venue.open().containsKey(order.hash()) && !tracker.awaitingAnswer(order.hash()) && !venue.newerThanView(order))
                    resolveGone(order, corrections, mismatches);
            checkHoldings(venue, corrections, mismatches);
        } finally {
            orderWriter.unlock();
        }
        ReconciliationReport report = new ReconciliationReport(clock.now(), corrections, mismatches);
        if (!corrections.isEmpty()) {
            log.info("reconciliation corrected: {}", corrections);
            audit.record(ACTOR, "reconcile.corrected", String.join("; ", corrections));
        }
        if (!report.clean()) alert(mismatches);
        else lastAlerted = Set.of();
        return report;
    }

    private VenueView readVenue() {
        tracker.awaitStored(); // the store's orders are compared with the venue's: every recorded one must be among them
        Instant asOf = clock.now();
        Map<OrderHash, OrderUpdate> openAtVenue = new HashMap<>();
        ledger.openOrders().forEach(o -> openAtVenue.put(o.hash(), o));
        Set<TokenId> held = new LinkedHashSet<>();
        positions.all().forEach(p -> held.add(p.token()));
        Set<TokenId> tokens = new LinkedHashSet<>(held);
        orders.open().forEach(o -> tokens.add(o.token()));
        openAtVenue.values().forEach(o -> tokens.add(o.token()));
        List<VenueEvent.TradeReport> trades = tokens.isEmpty() ? List.of() : ledger.trades(tokens);
        Map<String, Map<TokenId, Size>> balances = new LinkedHashMap<>();
        if (!held.isEmpty()) for (BalanceSource source : balanceSources) balances.put(source.name(), source.balances(held));
        return new VenueView(asOf, openAtVenue, trades, held, balances);
    }

    private static List<BalanceSource> withVenue(VenueLedger ledger, List<BalanceSource> others) {
        List<BalanceSource> sources = new ArrayList<>();
        sources.add(new BalanceSource() {
            @Override public String name() { return "venue"; }

            @Override public Map<TokenId, Size> balances(java.util.Collection<TokenId> tokens) { return ledger.tokenBalances(tokens); }
        });
        sources.addAll(others);
        return List.copyOf(sources);
    }

    private void checkVenueOpenOrders(VenueView venue, List<String> corrections, List<String> mismatches) {
        for (OrderUpdate atVenue : venue.open().values()) {
            Optional<Order> stored = orders.find(atVenue.hash());
            if (stored.isEmpty()) mismatches.add("order " + atVenue.hash() + " is open at the venue but unknown to us");
            else if (venue.newerThanView(stored.get())) continue; // it moved on since the venue was read: the next run looks again
            else if (stored.get().status().terminal())
                mismatches.add("order " + atVenue.hash() + " is " + stored.get().status() + " here but open at the venue");
            else apply(atVenue).filter(after -> after.status() != stored.get().status())
                        .ifPresent(after -> corrections.add("order " + after.hash() + " " + stored.get().status() + " -> " + after.status()
                                + " (open at the venue)"));
        }
    }

    private void applyMissedFills(List<VenueEvent.TradeReport> trades, List<String> corrections) {
        for (VenueEvent.TradeReport trade : trades) {
            if (tracker.nothingNewIn(trade)) continue; // most of them: stored long ago, or the other side's
            Optional<Order> before = orders.find(trade.hash());
            if (before.isEmpty()) continue; // ours by the tracker's keys but gone from the store: nothing to attach it to
            apply(trade).filter(after -> after.filled().compareTo(before.get().filled()) > 0)
                    .ifPresent(after -> corrections.add("missed fill " + trade.tradeId() + " of " + trade.size() + " on order " + after.hash()));
        }
    }

    /** An order open here but not at the venue: the venue's record of it says what became of it. */
    private void resolveGone(Order stale, List<String> corrections, List<String> mismatches) {
        Order order = orders.find(stale.hash()).orElse(stale);
        if (order.status().terminal()) return; // a missed fill above finished it
        Optional<OrderUpdate> atVenue = ledger.order(order.hash());
        if (atVenue.isEmpty()) {
            // The venue never took it: an ambiguous submit that did not land.
            Optional<Order> after = apply(new OrderUpdate(order.hash(), VenueOrderState.REJECTED, order.token(), order.size(),
                    order.filled(), clock.now()));
            if (after.isPresent() && after.get().status().terminal()) corrections.add("order " + order.hash() + " " + order.status()
                    + " -> " + after.get().status() + " (the venue has no such order)");
            else mismatches.add("order " + order.hash() + " is " + order.status() + " here and unknown to the venue");
            return;
        }
        OrderUpdate venue = atVenue.get();
        if (venue.state() == VenueOrderState.LIVE || venue.state() == VenueOrderState.DELAYED) {
            // Open after all: it reached the venue after the open-order list was read. Nothing is wrong; the next run looks again.
            apply(venue);
            return;
        }
        if (venue.matched().minus(order.filled()).shares().compareTo(DUST) >= 0) {
            mismatches.add("order " + order.hash() + ": the venue matched " + venue.matched() + " shares, we have fills for " + order.filled());
            return;
        }
        Order after = apply(venue).orElse(order);
        if (!after.status().terminal() && venue.state() == VenueOrderState.MATCHED)
            // Matched as far as it goes and no longer resting: the rest of an immediate order was killed.
            after = tracker.onCancelledAtVenue(after, "the venue holds no rest of it").orElse(after);
        if (after.status().terminal()) corrections.add("order " + order.hash() + " " + order.status() + " -> " + after.status()
                + " (venue: " + venue.state() + ")");
        else mismatches.add("order " + order.hash() + " is " + after.status() + " here but " + venue.state() + " and not open at the venue");
    }

    /** One correction, one transaction (see {@link OrderTracker#inOne}). */
    private Optional<Order> apply(VenueEvent event) {
        return tracker.inOne(transactions, () -> tracker.onVenueEvent(event));
    }

    /** Positions held when the venue was read against the balances read then; a position that moves meanwhile drifts for one run only. */
    private void checkHoldings(VenueView venue, List<String> corrections, List<String> mismatches) {
        Map<TokenId, Position> held = new HashMap<>();
        positions.all().stream().filter(p -> venue.held().contains(p.token())).forEach(p -> held.put(p.token(), p));
        Set<String> drifting = new LinkedHashSet<>();
        venue.balances().forEach((source, balances) -> {
            for (Position position : List.copyOf(held.values())) {
                Size balance = balances.getOrDefault(position.token(), Size.ZERO);
                if (position.size().minus(balance).shares().abs().compareTo(DUST) < 0) continue;
                if (redeemed(position, balance, corrections)) {
                    held.put(position.token(), positions.find(position.token()).orElse(position));
                    continue;
                }
                String key = source + ":" + position.token().value();
                drifting.add(key);
                int runs = driftRuns.merge(key, 1, Integer::sum);
                String what = "position in " + position.token() + " is " + position.size() + " shares here, " + balance + " per " + source;
                if (runs >= confirmRuns) mismatches.add(what);
                else log.warn("reconciliation: {} (run {} of {} before it counts)", what, runs, confirmRuns);
            }
        });
        driftRuns.keySet().retainAll(drifting);
    }

    /** A resolved market's tokens gone from the wallet were redeemed: the position closes at the payout. */
    private boolean redeemed(Position position, Size balance, List<String> corrections) {
        if (!balance.isZero() || position.size().isZero()) return false;
        Optional<Market> market = markets.findByToken(position.token());
        if (market.isEmpty() || market.get().status() != MarketStatus.RESOLVED || market.get().winningToken() == null) return false;
        BigDecimal payout = market.get().winningToken().equals(position.token()) ? BigDecimal.ONE : BigDecimal.ZERO;
        Position closed = book.settle(position.token(), payout, "redeemed");
        corrections.add("position in " + position.token() + " redeemed at " + payout + ", closed with realised PnL " + closed.realizedPnl());
        return true;
    }

    private void alert(List<String> mismatches) {
        String reason = "reconciliation mismatch: " + String.join("; ", mismatches);
        log.error("{}; publishing KILL", reason);
        Set<String> now = Set.copyOf(mismatches);
        if (now.equals(lastAlerted)) return; // the same mismatch, already raised
        lastAlerted = now;
        Envelope<ControlCommand> kill = Envelope.of(ACTOR, clock.now(), clock.now(),
                new ControlCommand(ControlCommand.Action.KILL, ACTOR, reason, Map.of(), clock.now()));
        bus.publish(Topic.CONTROL, kill);
        audit.record(ACTOR, "reconcile.mismatch", reason);
        // The alert: a dead letter a person must look at, carrying the KILL it caused; discard it once understood.
        deadLetters.publish(Topic.CONTROL, ACTOR, kill, reason);
    }

    @Override public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
