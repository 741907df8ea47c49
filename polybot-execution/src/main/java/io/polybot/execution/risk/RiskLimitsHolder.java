package io.polybot.execution.risk;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.control.ControlCommand;
import io.polybot.store.repo.AuditLogRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The risk thresholds in force, changed at run time by {@code SET_PARAMETERS} on {@code control}.
 * A change is all or nothing: the whole new set is built and validated before it replaces the
 * old one, so the risk engine never sees a half-applied change. Both outcomes are audited.
 */
public final class RiskLimitsHolder implements Supplier<RiskLimits>, MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(RiskLimitsHolder.class);

    /** What came of a requested change. */
    public sealed interface Change {
        record Applied(RiskLimits limits) implements Change {}

        record Refused(String error) implements Change {}
    }

    private final AtomicReference<RiskLimits> current;
    private final AuditLogRepository audit;
    private final List<Consumer<RiskLimits>> listeners = new CopyOnWriteArrayList<>();

    public RiskLimitsHolder(RiskLimits initial, AuditLogRepository audit) {
        this.current = new AtomicReference<>(initial);
        this.audit = audit;
    }

    @Override public RiskLimits get() { return current.get(); }

    /** Called after each applied change (status reports). */
    public void onChange(Consumer<RiskLimits> listener) { listeners.add(listener); }

    @Override public void handle(Envelope<?> envelope) {
        if (envelope.payload() instanceof ControlCommand command && command.action() == ControlCommand.Action.SET_PARAMETERS)
            apply(command.parameters(), command.actor());
    }

    public Change apply(Map<String, String> parameters, String actor) {
        // Single writer (the control consumer); the compare-and-set only guards against a second caller.
        RiskLimits before = current.get();
        RiskLimits after;
        try {
            after = before.with(parameters);
        } catch (IllegalArgumentException e) {
            log.warn("risk limit change by {} refused: {} ({})", actor, e.getMessage(), parameters);
            audit.record(actor, "risk.limits.refused", e.getMessage() + " " + parameters);
            return new Change.Refused(e.getMessage());
        }
        if (!current.compareAndSet(before, after)) return new Change.Refused("risk limits changed concurrently; send the change again");
        log.warn("risk limits changed by {}: {}", actor, parameters);
        audit.record(actor, "risk.limits.applied", parameters + " -> " + after.toParameters());
        listeners.forEach(l -> l.accept(after));
        return new Change.Applied(after);
    }
}
