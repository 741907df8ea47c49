package io.polybot.app.roles;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.money.Usd;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingStatusReporter;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.ExecutionEngine;
import io.polybot.execution.ExecutionRole;
import io.polybot.execution.Tracking;
import io.polybot.execution.deadletter.DeadLetterPublisher;
import io.polybot.execution.killswitch.DailyLossBreaker;
import io.polybot.execution.killswitch.Heartbeat;
import io.polybot.execution.killswitch.KillSwitch;
import io.polybot.execution.killswitch.VenueHeartbeat;
import io.polybot.execution.order.OrderFeed;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.position.PositionMarker;
import io.polybot.execution.reconcile.Reconciler;
import io.polybot.execution.risk.RiskEngine;
import io.polybot.execution.risk.RiskLimitsHolder;
import io.polybot.execution.sizing.FixedNotionalSizer;
import io.polybot.execution.sizing.KellySizer;
import io.polybot.execution.sizing.ProportionalSizer;
import io.polybot.execution.sizing.Sizer;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueEvents;
import io.polybot.execution.venue.VenueLedger;
import io.polybot.store.Store;

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

    private ExecutionWiring() {}

    /**
     * @param heartbeat the venue's dead-man heartbeat, empty for a venue without one
     * @param liveArmed whether orders may reach a real-money venue; simulated and paper venues pass true
     */
    public static ExecutionRole wire(PolybotConfig cfg, MessageBus bus, Store store, Venue venue, Optional<Heartbeat> heartbeat,
                                     String instance, Clock clock, boolean liveArmed) {
        var tradingSwitch = new TradingSwitch(TradingState.ACTIVE);
        var limits = new RiskLimitsHolder(cfg.risk(), store.auditLog());
        var positions = new PositionBook(store.positions(), store.dailyPnl(), bus, clock);
        var orders = new OrderTracker(store.orders(), store.fills(), positions, bus, clock);
        var risk = new RiskEngine(limits, tradingSwitch::state, clock);
        // One writer of order state: signal handling and the kill switch's cancel-all take turns.
        var orderWriter = new ReentrantLock();
        var killSwitch = new KillSwitch(venue, orders, store.orders(), store.auditLog(), orderWriter);
        tradingSwitch.onChange(killSwitch::onStateChange);
        var engine = new ExecutionEngine(bus, venue, sizer(cfg, () -> limits.get().equity()), risk, orders, positions, store.markets(),
                store.orders(), store.positions(), store.riskDecisions(), tradingSwitch, () -> cfg.demo().startingBalance(), liveArmed,
                new DailyLossBreaker(limits, tradingSwitch, bus, clock), new DeadLetterPublisher(bus, clock), orderWriter, clock);
        var reporter = new TradingStatusReporter("execution", instance, tradingSwitch, "sim", engine::liveArmed,
                () -> limits.get().toParameters(), bus, clock);
        limits.onChange(changed -> reporter.publish());
        var venueHeartbeat = heartbeat.map(h -> new VenueHeartbeat(h, tradingSwitch, cfg.execution().heartbeatInterval()));
        return new ExecutionRole(bus, engine, tradingSwitch, limits, reporter, venueHeartbeat, cfg.execution().statusInterval(),
                tracking(cfg, bus, store, venue, orders, positions, orderWriter, clock));
    }

    /**
     * Order feed, reconciler and marker for a venue that keeps records of our account (the CLOB, the
     * simulator); a venue without them (paper) is only marked.
     */
    static Tracking tracking(PolybotConfig cfg, MessageBus bus, Store store, Venue venue, OrderTracker orders, PositionBook positions,
                             Lock orderWriter, Clock clock) {
        var marker = new PositionMarker(store.positions(), store.markets(), store.dailyPnl(), venue, () -> cfg.demo().startingBalance(), clock);
        if (!(venue instanceof VenueLedger ledger)) return new Tracking(Optional.empty(), POLL_EVERY, Optional.empty(), RECONCILE_EVERY,
                Optional.of(marker), MARK_EVERY);
        Optional<VenueEvents> events = venue instanceof VenueEvents e ? Optional.of(e) : Optional.empty();
        var feed = new OrderFeed(events, ledger, orders, store.orders(), orderWriter, clock, STALE_AFTER);
        var reconciler = new Reconciler(ledger, List.of(), orders, store.orders(), store.positions(), positions, store.markets(),
                store.auditLog(), new DeadLetterPublisher(bus, clock), bus, orderWriter, clock, 2);
        return new Tracking(Optional.of(feed), POLL_EVERY, Optional.of(reconciler), RECONCILE_EVERY, Optional.of(marker), MARK_EVERY);
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
