package io.polybot.core.trading;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Publishes one instance's {@link TradingStatus} on {@code control}: at once on every change of
 * its {@link TradingSwitch}, and every {@code interval} so that a gateway started later, or one
 * that missed a message, learns the state.
 */
public final class TradingStatusReporter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TradingStatusReporter.class);

    private final String role;
    private final String instance;
    private final TradingSwitch tradingSwitch;
    private final String mode;
    private final BooleanSupplier liveArmed;
    private final Supplier<Map<String, String>> riskLimits;
    private final MessageBus bus;
    private final Clock clock;
    private final ScheduledExecutorService timer;

    public TradingStatusReporter(String role, String instance, TradingSwitch tradingSwitch, String mode, BooleanSupplier liveArmed,
                                 Supplier<Map<String, String>> riskLimits, MessageBus bus, Clock clock) {
        this.role = role;
        this.instance = instance;
        this.tradingSwitch = tradingSwitch;
        this.mode = mode;
        this.liveArmed = liveArmed;
        this.riskLimits = riskLimits;
        this.bus = bus;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("status-" + role + "-" + instance).factory());
        tradingSwitch.onChange(current -> publish());
    }

    /** A status without live arming or limits, for roles that own neither (strategies). */
    public static TradingStatusReporter of(String role, String instance, TradingSwitch tradingSwitch, MessageBus bus, Clock clock) {
        return new TradingStatusReporter(role, instance, tradingSwitch, "", () -> false, Map::of, bus, clock);
    }

    /** Publishes now and then every {@code interval}. */
    public void start(Duration interval) {
        long every = interval.toMillis();
        timer.scheduleWithFixedDelay(this::publishQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    public void publish() {
        TradingSwitch.Current current = tradingSwitch.current();
        TradingStatus status = new TradingStatus(role, instance, current.state(), current.reason(), current.since(), current.by(),
                mode, liveArmed.getAsBoolean(), riskLimits.get(), clock.now());
        bus.publish(Topic.CONTROL, Envelope.of(role + "." + instance, clock.now(), clock.now(), status));
    }

    private void publishQuietly() {
        try {
            publish();
        } catch (RuntimeException e) {
            log.warn("could not publish the trading status of {} {}: {}", role, instance, e.toString());
        }
    }

    @Override public void close() { timer.shutdownNow(); }
}
