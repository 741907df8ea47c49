package io.polybot.gateway.control;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The gateway's picture of trading, from {@code control}: the latest kill or release (whoever
 * sent it: the API, the CLI, the daily-loss breaker) and each instance's latest status report.
 * Before any kill or release has been seen, the most severe reported state stands.
 */
public final class ControlView implements AutoCloseable {

    /** The answer of {@code GET /api/control}. */
    public record State(TradingState tradingState, String reason, Instant since, String by, boolean liveArmed,
                        Map<String, String> riskLimits, List<TradingStatus> roles) {}

    private record Decision(TradingState state, String reason, Instant since, String by) {}

    private final MessageBus bus;
    private final String instanceName;
    private final AtomicReference<Decision> lastDecision = new AtomicReference<>();
    private final Map<String, TradingStatus> reports = new ConcurrentHashMap<>();
    private Subscription subscription;

    public ControlView(MessageBus bus, String instanceName) {
        this.bus = bus;
        this.instanceName = instanceName;
    }

    public void start() { subscription = bus.subscribeBroadcast(Topic.CONTROL, instanceName + ".control", this::onMessage); }

    void onMessage(Envelope<?> envelope) {
        switch (envelope.payload()) {
            case ControlCommand command -> onCommand(command);
            case TradingStatus status -> reports.merge(status.role() + "/" + status.instance(), status,
                    (old, now) -> now.reportedAt().isBefore(old.reportedAt()) ? old : now);
            default -> { }
        }
    }

    /** Applies a kill or release; also called by the endpoints so that a GET right after a POST agrees with it. */
    public void onCommand(ControlCommand command) {
        TradingState next = switch (command.action()) {
            case KILL -> TradingState.HALTED;
            case RELEASE -> TradingState.ACTIVE;
            default -> null;
        };
        if (next == null) return;
        // The bus may deliver a command the endpoint already applied: keep the newest.
        lastDecision.accumulateAndGet(new Decision(next, command.reason(), command.issuedAt(), command.actor()),
                (old, now) -> old != null && old.since().isAfter(now.since()) ? old : now);
    }

    public State state() {
        List<TradingStatus> roles = reports.values().stream()
                .sorted(Comparator.comparing(TradingStatus::role).thenComparing(TradingStatus::instance)).toList();
        TradingStatus execution = roles.stream().filter(r -> r.role().equals("execution")).findFirst().orElse(null);
        boolean liveArmed = roles.stream().anyMatch(TradingStatus::liveArmed);
        Map<String, String> limits = execution == null ? Map.of() : execution.riskLimits();
        Decision decision = lastDecision.get();
        if (decision != null)
            return new State(decision.state(), decision.reason(), decision.since(), decision.by(), liveArmed, limits, roles);
        TradingStatus worst = roles.stream().max(Comparator.comparing(TradingStatus::state)).orElse(null);
        if (worst == null) return new State(TradingState.ACTIVE, null, null, null, liveArmed, limits, roles);
        return new State(worst.state(), worst.reason(), worst.since(), worst.by(), liveArmed, limits, roles);
    }

    @Override public void close() {
        if (subscription != null) subscription.close();
    }
}
