package io.polybot.execution;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.trading.TradingStatusReporter;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.killswitch.VenueHeartbeat;
import io.polybot.execution.mode.LiveArming;
import io.polybot.execution.order.OrderFeed;
import io.polybot.execution.position.PositionMarker;
import io.polybot.execution.reconcile.Reconciler;
import io.polybot.execution.risk.RiskLimitsHolder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The execution role as one unit: the engine on {@code signals}, this instance's obedience to
 * {@code control} (kill and release through the {@link TradingSwitch}, whose listeners cancel at
 * the venue and report the state; risk limit changes), the status reports and the venue heartbeat.
 */
public final class ExecutionRole implements AutoCloseable {
    private final MessageBus bus;
    private final ExecutionEngine engine;
    private final TradingSwitch tradingSwitch;
    private final RiskLimitsHolder limits;
    private final TradingStatusReporter reporter;
    private final Optional<VenueHeartbeat> heartbeat;
    private final Duration statusInterval;
    private final Tracking tracking;
    private final LiveArming arming;
    private final List<Subscription> subscriptions = new ArrayList<>();

    /** @param heartbeat empty for a venue without a dead-man switch (paper trading) */
    public ExecutionRole(MessageBus bus, ExecutionEngine engine, TradingSwitch tradingSwitch, RiskLimitsHolder limits,
                         TradingStatusReporter reporter, Optional<VenueHeartbeat> heartbeat, Duration statusInterval) {
        this(bus, engine, tradingSwitch, limits, reporter, heartbeat, statusInterval, Tracking.none(), LiveArming.simulated());
    }

    public ExecutionRole(MessageBus bus, ExecutionEngine engine, TradingSwitch tradingSwitch, RiskLimitsHolder limits,
                         TradingStatusReporter reporter, Optional<VenueHeartbeat> heartbeat, Duration statusInterval, Tracking tracking,
                         LiveArming arming) {
        this.tracking = tracking;
        this.arming = arming;
        this.bus = bus;
        this.engine = engine;
        this.tradingSwitch = tradingSwitch;
        this.limits = limits;
        this.reporter = reporter;
        this.heartbeat = heartbeat;
        this.statusInterval = statusInterval;
    }

    public void start(String instance) {
        subscriptions.add(bus.subscribeBroadcast(Topic.CONTROL, "execution-" + instance, this::onControl));
        tracking.feed().ifPresent(f -> f.start(tracking.pollEvery()));
        // The start-up reconciliation runs here, before signals are taken; a KILL it raises is on control already.
        tracking.reconciler().ifPresent(r -> r.start(tracking.reconcileEvery()));
        engine.start();
        reporter.start(statusInterval);
        heartbeat.ifPresent(VenueHeartbeat::start);
        tracking.marker().ifPresent(m -> m.start(tracking.markEvery()));
    }

    void onControl(Envelope<?> envelope) {
        tradingSwitch.handle(envelope);
        limits.handle(envelope);
        arming.handle(envelope);
    }

    public TradingSwitch tradingSwitch() { return tradingSwitch; }

    public RiskLimitsHolder limits() { return limits; }

    public LiveArming arming() { return arming; }

    @Override public void close() {
        heartbeat.ifPresent(VenueHeartbeat::close);
        tracking.marker().ifPresent(PositionMarker::close);
        tracking.reconciler().ifPresent(Reconciler::close);
        tracking.feed().ifPresent(OrderFeed::close);
        reporter.close();
        subscriptions.forEach(Subscription::close);
        engine.close();
    }
}
