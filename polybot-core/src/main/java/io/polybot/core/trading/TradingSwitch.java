package io.polybot.core.trading;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.control.ControlCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * This instance's view of the trading state, driven by the {@code control} topic: KILL halts,
 * RELEASE returns to ACTIVE. Every role holds one and subscribes it as a broadcast consumer.
 * Listeners hear of every change after it has taken effect (the kill switch's venue layers,
 * status reports).
 */
public final class TradingSwitch implements MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(TradingSwitch.class);

    /** The state with who set it, when and why; {@code since} is null for the state the instance started in. */
    public record Current(TradingState state, String reason, String by, Instant since) {}

    private final AtomicReference<Current> current;
    private final List<Consumer<Current>> listeners = new CopyOnWriteArrayList<>();

    public TradingSwitch(TradingState initial) {
        this(new Current(initial, "initial state", "startup", null));
    }

    /** Starts in a state saved before (a kill survives a restart until released). */
    public TradingSwitch(Current restored) {
        this.current = new AtomicReference<>(restored);
    }

    public TradingState state() { return current.get().state(); }

    public Current current() { return current.get(); }

    public boolean halted() { return state() == TradingState.HALTED; }

    /** Called on this switch's consumer thread after each change of state. */
    public void onChange(Consumer<Current> listener) { listeners.add(listener); }

    @Override public void handle(Envelope<?> envelope) {
        if (!(envelope.payload() instanceof ControlCommand command)) return;
        switch (command.action()) {
            case KILL -> set(TradingState.HALTED, command);
            case RELEASE -> set(TradingState.ACTIVE, command);
            default -> { } // arming and parameters are for the roles that own them
        }
    }

    private void set(TradingState next, ControlCommand command) {
        Current now = new Current(next, command.reason(), command.actor(), command.issuedAt());
        Current previous = current.getAndSet(now);
        if (previous.state() == next) return;
        log.warn("trading state {} -> {} by {}: {}", previous.state(), next, command.actor(), command.reason());
        for (Consumer<Current> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                // The local state has changed whatever a listener does; a failing listener must not undo the halt.
                log.error("trading state listener failed on {} -> {}", previous.state(), next, e);
            }
        }
    }
}
