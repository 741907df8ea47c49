package io.polybot.gateway.control;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.feed.FeedHealth;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The gateway's picture of trading, from {@code control}: the latest kill or release (whoever
 * sent it: the API, the CLI, the daily-loss breaker), each instance's latest status report and
 * each feed's latest health report.
 * Before any kill or release has been seen, the most severe reported state stands. Every change
 * (a command, or a report that differs from the instance's previous one) is told to the listener.
 */
public final class ControlView implements AutoCloseable {
    /** The mode shown before execution has reported one. */
    static final String UNKNOWN_MODE = "unknown";

    /** The answer of {@code GET /api/control} and the payload of {@code control-state} frames. */
    public record State(TradingState tradingState, String reason, Instant since, String by, String mode, boolean liveArmed,
                        Map<String, String> riskLimits, List<TradingStatus> roles) {}

    private record Decision(TradingState state, String reason, Instant since, String by) {}

    private final MessageBus bus;
    private final String instanceName;
    private final AtomicReference<Decision> lastDecision = new AtomicReference<>();
    private final AtomicReference<ControlCommand> lastCommand = new AtomicReference<>();
    private final Map<String, TradingStatus> reports = new ConcurrentHashMap<>();
    private final Map<String, FeedHealth> feeds = new ConcurrentHashMap<>();
    private volatile Consumer<State> listener = state -> { };
    private Subscription subscription;

    public ControlView(MessageBus bus, String instanceName) {
        this.bus = bus;
        this.instanceName = instanceName;
    }

    /** Who hears of every change; set before {@link #start}. */
    public void onChange(Consumer<State> listener) { this.listener = listener; }

    public void start() { subscription = bus.subscribeBroadcast(Topic.CONTROL, instanceName + ".control", this::onMessage); }

    void onMessage(Envelope<?> envelope) {
        switch (envelope.payload()) {
            case ControlCommand command -> onCommand(command);
            case TradingStatus status -> onStatus(status);
            case FeedHealth health -> feeds.merge(health.name(), health,
                    (old, now) -> now.reportedAt().isBefore(old.reportedAt()) ? old : now);
            default -> { }
        }
    }

    /** Applies a command; also called by the endpoints so that a GET right after a POST agrees with it. */
    public void onCommand(ControlCommand command) {
        // The bus echoes the command the endpoint already applied: one change, one notice.
        if (command.equals(lastCommand.getAndSet(command))) return;
        TradingState next = switch (command.action()) {
            case KILL -> TradingState.HALTED;
            case RELEASE -> TradingState.ACTIVE;
            default -> null;
        };
        if (next != null) {
            // Commands may arrive out of order: the newest decision stands.
            lastDecision.accumulateAndGet(new Decision(next, command.reason(), command.issuedAt(), command.actor()),
                    (old, now) -> old != null && old.since().isAfter(now.since()) ? old : now);
        }
        listener.accept(state());
    }

    private void onStatus(TradingStatus status) {
        String key = status.role() + "/" + status.instance();
        TradingStatus before = reports.get(key);
        TradingStatus kept = reports.merge(key, status, (old, now) -> now.reportedAt().isBefore(old.reportedAt()) ? old : now);
        if (kept == status && (before == null || !sameContent(before, status))) listener.accept(state());
    }

    /** Equal but for the report time: the periodic report of an unchanged instance is not a change. */
    private static boolean sameContent(TradingStatus a, TradingStatus b) {
        return a.state() == b.state() && Objects.equals(a.reason(), b.reason()) && Objects.equals(a.since(), b.since())
                && Objects.equals(a.by(), b.by()) && a.mode().equals(b.mode()) && a.liveArmed() == b.liveArmed()
                && a.riskLimits().equals(b.riskLimits());
    }

    /** Each feed's latest health report (from whichever ingest instance reported last), by name. */
    public List<FeedHealth> feeds() { return feeds.values().stream().sorted(Comparator.comparing(FeedHealth::name)).toList(); }

    /** Each instance's latest report, by role and instance. */
    public List<TradingStatus> reports() {
        return reports.values().stream().sorted(Comparator.comparing(TradingStatus::role).thenComparing(TradingStatus::instance)).toList();
    }

    public State state() {
        List<TradingStatus> roles = reports();
        // One execution per account; after a restart under a new name, the freshest report is the one running.
        TradingStatus execution = roles.stream().filter(r -> r.role().equals("execution"))
                .max(Comparator.comparing(TradingStatus::reportedAt)).orElse(null);
        boolean liveArmed = roles.stream().anyMatch(TradingStatus::liveArmed);
        Map<String, String> limits = execution == null ? Map.of() : execution.riskLimits();
        String mode = execution == null || execution.mode().isBlank() ? UNKNOWN_MODE : execution.mode();
        Decision decision = lastDecision.get();
        if (decision != null)
            return new State(decision.state(), decision.reason(), decision.since(), decision.by(), mode, liveArmed, limits, roles);
        TradingStatus worst = roles.stream().max(Comparator.comparing(TradingStatus::state)).orElse(null);
        if (worst == null) return new State(TradingState.ACTIVE, null, null, null, mode, liveArmed, limits, roles);
        return new State(worst.state(), worst.reason(), worst.since(), worst.by(), mode, liveArmed, limits, roles);
    }

    @Override public void close() {
        if (subscription != null) subscription.close();
    }
}
