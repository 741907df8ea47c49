package io.polybot.core.trading;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.control.ControlCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicReference;

/**
 * This instance's view of the trading state, driven by the {@code control} topic: KILL halts,
 * RELEASE returns to ACTIVE. Every role holds one and subscribes it as a broadcast consumer.
 */
public final class TradingSwitch implements MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(TradingSwitch.class);

    private final AtomicReference<TradingState> state;

    public TradingSwitch(TradingState initial) { this.state = new AtomicReference<>(initial); }

    public TradingState state() { return state.get(); }

    public boolean halted() { return state.get() == TradingState.HALTED; }

    @Override public void handle(Envelope<?> envelope) {
        if (!(envelope.payload() instanceof ControlCommand command)) return;
        switch (command.action()) {
            case KILL -> set(TradingState.HALTED, command);
            case RELEASE -> set(TradingState.ACTIVE, command);
            default -> { } // arming and parameters are for the roles that own them
        }
    }

    private void set(TradingState next, ControlCommand command) {
        TradingState previous = state.getAndSet(next);
        if (previous != next) log.warn("trading state {} -> {} by {}: {}", previous, next, command.actor(), command.reason());
    }
}
