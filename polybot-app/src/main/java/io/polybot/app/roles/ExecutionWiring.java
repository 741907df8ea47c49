package io.polybot.app.roles;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.money.Usd;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingStatusReporter;
import io.polybot.execution.ExecutionEngine;
import io.polybot.execution.ExecutionRole;
import io.polybot.execution.Tracking;
import io.polybot.store.batch.BatchWriter;
import io.polybot.execution.book.BookSource;
import io.polybot.execution.book.StreamedBooks;
import io.polybot.execution.deadletter.DeadLetterPublisher;
import io.polybot.execution.killswitch.DailyLossBreaker;
import io.polybot.execution.killswitch.Heartbeat;
import io.polybot.execution.killswitch.KillSwitch;
import io.polybot.execution.killswitch.VenueHeartbeat;
import io.polybot.execution.mode.ExecutionMode;
import io.polybot.execution.mode.LiveArming;
import io.polybot.execution.market.MarketCache;
import io.polybot.execution.order.FileOrderJournal;
import io.polybot.execution.order.OrderFeed;
import io.polybot.execution.order.OrderSender;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.position.PositionMarker;
import io.polybot.execution.reconcile.Reconciler;
import io.polybot.execution.risk.RiskEngine;
import io.polybot.execution.risk.RiskLimitsHolder;
import io.polybot.execution.sizing.FixedNotionalSizer;
import io.polybot.execution.sizing.KellySizer;
import io.polybot.execution.sizing.LiveOrderCap;
import io.polybot.execution.sizing.ProportionalSizer;
import io.polybot.execution.sizing.Sizer;
import io.polybot.execution.venue.MarketChannelSource;
import io.polybot.execution.venue.BalanceSource;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueEvents;
import io.polybot.execution.venue.VenueLedger;
import io.polybot.store.Store;
import io.polybot.store.repo.RiskDecisionRecord;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** The execution role's composition root (Hermes). */
public final class ExecutionWiring {
    /** Issue 6's cadences: reconcile every minute, mark every 30 s; poll orders the channel has been quiet about. */
    static final Duration POLL_EVERY = Duration.ofSeconds(5);
    static final Duration STALE_AFTER = Duration.ofSeconds(30);
    static final Duration RECONCILE_EVERY = Duration.ofSeconds(60);
    static final Duration MARK_EVERY = Duration.ofSeconds(30);
    /** A cached market is re-read from the store this long after it was read (the catalogue may run in another process). */
    static final Duration MARKET_REFRESH = Duration.ofSeconds(5);
    /** Risk decisions waiting for the background writer before a signal waits for room; written in batches of up to this. */
    static final int DECISION_QUEUE = 10_000;
    static final int DECISION_BATCH = 500;

    private ExecutionWiring() {}

    /**
     * @param heartbeat the venue's dead-man heartbeat, empty for a venue without one
     * @param arming    whether orders may reach a real-money venue now, and the mode (live orders are capped)
     */
    public static ExecutionRole wire(PolybotConfig cfg, MessageBus bus, Store store, Venue venue, Optional<Heartbeat> heartbeat,
                                     String instance, Clock clock, LiveArming arming) {
        return wire(cfg, bus, store, venue, heartbeat, instance, clock, arming, List.of());
    }

    /** @param balances independent views of our holdings (Data API, chain) that reconciliation checks besides the venue's */
    public static ExecutionRole wire(PolybotConfig cfg, MessageBus bus, Store store, Venue venue, Optional<Heartbeat> heartbeat,
                                     String instance, Clock clock, LiveArming arming, List<BalanceSource> balances) {
        var tradingSwitch = TradingSwitchWiring.restore(store);
        var limits = new RiskLimitsHolder(cfg.risk(), store.auditLog());
        var positions = new PositionBook(store.positions(), store.dailyPnl(), bus, clock);
        // Each order is a line in this file before it is sent, stored behind the wire; lines a crash left are stored here first.
        var journal = FileOrderJournal.open(cfg.dataDir().resolve("orders-" + instance + ".journal"), store.orders());
        var orders = new OrderTracker(store.orders(), journal, store.fills(), positions, bus, clock);
        var risk = new RiskEngine(limits, tradingSwitch::state, clock);
        // One writer of order state: signal handling and the kill switch's cancel-all take turns.
        var orderWriter = new ReentrantLock();
        var sender = new OrderSender(venue);
        var killSwitch = new KillSwitch(venue, orders, store.orders(), store.auditLog(), sender, orderWriter);
        Sizer sizer = sizer(cfg, () -> limits.get().equity());
        if (arming.mode() == ExecutionMode.LIVE) sizer = new LiveOrderCap(sizer, cfg.execution().modes().liveMaxOrderNotional());
        // The signal path's read models (issue 6, item 11): no database read between signal and wire.
        var markets = new MarketCache(store.markets(), clock, MARKET_REFRESH);
        var books = new BookSource(streamedBooks(venue), venue, () -> limits.get().maxBookAge(), clock);
        var decisions = new BatchWriter<RiskDecisionRecord>("risk-decisions", store.riskDecisions()::insertAll, DECISION_QUEUE,
                DECISION_BATCH, Duration.ofSeconds(1), BatchWriter.LINGER);
        var engine = new ExecutionEngine(bus, venue, sizer, risk, orders, positions, markets, books, decisions,
                Transactions.unflushed(store.jdbi()), tradingSwitch, () -> cfg.demo().startingBalance(), arming::armed,
                new DailyLossBreaker(limits, tradingSwitch, bus, clock), new DeadLetterPublisher(bus, clock), sender, orderWriter, clock);
        var reporter = new TradingStatusReporter("execution", instance, tradingSwitch, arming.mode().key(), arming::liveArmed,
                () -> limits.get().toParameters(), bus, clock);
        limits.onChange(changed -> reporter.publish());
        arming.onChange(reporter::publish);
        // After the reporter's own listener: HALTED is reported at once, then saved, then the cancel-all runs (it may take seconds).
        TradingSwitchWiring.saveChanges(tradingSwitch, store);
        tradingSwitch.onChange(killSwitch::onStateChange);
        var venueHeartbeat = heartbeat.map(h -> new VenueHeartbeat(h, tradingSwitch, cfg.execution().heartbeatInterval()));
        return new ExecutionRole(bus, engine, tradingSwitch, limits, reporter, venueHeartbeat, cfg.execution().statusInterval(),
                tracking(cfg, bus, store, venue, orders, positions, orderWriter, balances, clock), arming);
    }

    /**
     * Order feed, reconciler and marker for a venue that keeps records of our account (the CLOB, the
     * simulator); a venue without them (paper) is only marked.
     */
    static Tracking tracking(PolybotConfig cfg, MessageBus bus, Store store, Venue venue, OrderTracker orders, PositionBook positions,
                             Lock orderWriter, List<BalanceSource> balances, Clock clock) {
        var marker = new PositionMarker(store.positions(), store.markets(), store.dailyPnl(), venue, () -> cfg.demo().startingBalance(), clock);
        if (!(venue instanceof VenueLedger ledger)) return new Tracking(Optional.empty(), POLL_EVERY, Optional.empty(), RECONCILE_EVERY,
                Optional.of(marker), MARK_EVERY);
        Optional<VenueEvents> events = venue instanceof VenueEvents e ? Optional.of(e) : Optional.empty();
        // Each venue report and each correction is applied as one transaction.
        var transactions = Transactions.unflushed(store.jdbi());
        var feed = new OrderFeed(events, ledger, orders, store.orders(), orderWriter, transactions, clock, STALE_AFTER);
        var reconciler = new Reconciler(ledger, balances, orders, store.orders(), store.positions(), positions, store.markets(),
                store.auditLog(), new DeadLetterPublisher(bus, clock), bus, orderWriter, transactions, clock, 2);
        return new Tracking(Optional.of(feed), POLL_EVERY, Optional.of(reconciler), RECONCILE_EVERY, Optional.of(marker), MARK_EVERY);
    }

    /** The market channel's local books when the venue streams them (Polymarket, the simulator); else every book over REST. */
    static Optional<StreamedBooks> streamedBooks(Venue venue) {
        return venue instanceof MarketChannelSource source ? source.marketChannel().map(StreamedBooks::marketChannel) : Optional.empty();
    }

    static Sizer sizer(PolybotConfig cfg, Supplier<Usd> equity) {
        var e = cfg.execution();
        return switch (e.sizer()) {
            case FIXED -> new FixedNotionalSizer(cfg.fixedNotional());
            case PROPORTIONAL -> new ProportionalSizer(e.proportionalFraction(), e.proportionalMinNotional(), e.proportionalMaxNotional());
            case KELLY -> new KellySizer(e.kellyFraction(), equity, e.kellyMaxNotional());
        };
    }
}
