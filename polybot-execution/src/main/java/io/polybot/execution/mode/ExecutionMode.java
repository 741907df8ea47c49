package io.polybot.execution.mode;

import java.util.Locale;

/**
 * Where execution's orders go. Only {@link #LIVE} reaches real money, so only it needs arming
 * and carries the per-order cap.
 */
public enum ExecutionMode {
    /** polybot-sim: the demo and the tests. */
    SIM,
    /** Real books, fills simulated in-process ({@link io.polybot.execution.paper.PaperVenue}); nothing is sent. */
    PAPER,
    /** The real CLOB with a real wallet. */
    LIVE;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static ExecutionMode parse(String text) {
        for (ExecutionMode mode : values()) if (mode.key().equals(text.trim().toLowerCase(Locale.ROOT))) return mode;
        throw new IllegalArgumentException("execution mode must be sim, paper or live, was '" + text + "'");
    }
}
