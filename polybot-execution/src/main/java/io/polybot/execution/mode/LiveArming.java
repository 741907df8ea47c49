package io.polybot.execution.mode;

import io.polybot.core.bus.Envelope;
import io.polybot.core.control.ControlCommand;
import io.polybot.store.repo.AuditLogRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Whether this execution instance may send orders to a real-money venue. Live trading needs two
 * keys: the configuration allows it ({@code execution.live.enabled}) and an operator arms it at
 * run time (ARM on {@code control}, which the gateway only publishes after a second factor).
 * Every start is disarmed; DISARM or a kill disarms. Simulated and paper venues cannot lose money,
 * so there the arming is always on.
 */
public final class LiveArming {
    private static final Logger log = LoggerFactory.getLogger(LiveArming.class);

    private final ExecutionMode mode;
    private final boolean armable;
    private final AuditLogRepository audit;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile boolean armed;

    /** @param armable the configuration's consent to live trading ({@code execution.live.enabled}) */
    public LiveArming(ExecutionMode mode, boolean armable, AuditLogRepository audit) {
        this.mode = mode;
        this.armable = armable;
        this.audit = audit;
        this.armed = mode != ExecutionMode.LIVE;
    }

    /** The arming of a simulated venue (the demo, the sim, tests): always armed, nothing to audit. */
    public static LiveArming simulated() { return new LiveArming(ExecutionMode.SIM, false, null); }

    public ExecutionMode mode() { return mode; }

    /** Whether orders may go out: always in sim and paper, in live only once armed. */
    public boolean armed() { return armed; }

    /** Whether real money is at stake: live and armed (what status reports and the dashboard show). */
    public boolean liveArmed() { return mode == ExecutionMode.LIVE && armed; }

    public void onChange(Runnable listener) { listeners.add(listener); }

    /** Applies ARM, DISARM and KILL from {@code control}; other messages are ignored. */
    public void handle(Envelope<?> envelope) {
        if (!(envelope.payload() instanceof ControlCommand command) || mode != ExecutionMode.LIVE) return;
        switch (command.action()) {
            case ARM -> arm(command);
            // A kill stops everything; trading resumes only after a release and a fresh arm.
            case DISARM, KILL -> disarm(command);
            default -> { }
        }
    }

    private void arm(ControlCommand command) {
        if (!armable) {
            log.warn("{} asked to arm live trading, refused: execution.live.enabled is false in the configuration", command.actor());
            audit.record(command.actor(), "execution.arm-refused", "execution.live.enabled is false; " + command.reason());
            return;
        }
        if (armed) return;
        armed = true;
        log.warn("LIVE TRADING ARMED by {}: {}", command.actor(), command.reason());
        audit.record(command.actor(), "execution.armed", command.reason());
        new ArrayList<>(listeners).forEach(Runnable::run);
    }

    private void disarm(ControlCommand command) {
        if (!armed) return;
        armed = false;
        log.warn("live trading disarmed by {}: {}", command.actor(), command.reason());
        audit.record(command.actor(), "execution.disarmed", command.action() + ": " + command.reason());
        new ArrayList<>(listeners).forEach(Runnable::run);
    }
}
