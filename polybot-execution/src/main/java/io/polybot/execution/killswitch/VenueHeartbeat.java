package io.polybot.execution.killswitch;

import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.venue.VenueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The kill switch's third layer: beats the venue's dead-man every {@code interval} while trading
 * is not HALTED. On a kill the beats stop, so the venue cancels whatever cancel-all missed (or
 * all of it, if this process can no longer reach the venue or has died).
 */
public final class VenueHeartbeat implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(VenueHeartbeat.class);

    private final Heartbeat heartbeat;
    private final TradingSwitch tradingSwitch;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("venue-heartbeat").factory());
    private String lastId = "";
    private long beats;

    public VenueHeartbeat(Heartbeat heartbeat, TradingSwitch tradingSwitch, Duration interval) {
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("heartbeat interval must be positive");
        this.heartbeat = heartbeat;
        this.tradingSwitch = tradingSwitch;
        this.interval = interval;
    }

    public void start() {
        timer.scheduleWithFixedDelay(this::tick, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One scheduled beat; skipped while halted. Returns whether a beat was sent. */
    synchronized boolean tick() {
        if (tradingSwitch.halted()) {
            // A new chain after a release: the venue forgot the old one when it cancelled everything.
            lastId = "";
            return false;
        }
        try {
            lastId = heartbeat.beat(lastId);
            beats++;
            return true;
        } catch (VenueException | IllegalArgumentException e) {
            log.warn("venue heartbeat failed, starting a new chain: {}", e.getMessage());
            lastId = "";
            return false;
        }
    }

    /** Beats the venue has taken so far. */
    public synchronized long beats() { return beats; }

    @Override public void close() { timer.shutdownNow(); }
}
