package io.polybot.core.control;

import java.time.Instant;
import java.util.Map;

/**
 * An operator's instruction on the {@code control} topic, read by every instance: the kill
 * switch, its release, arming live trading, parameter changes.
 */
public record ControlCommand(Action action, String actor, String reason, Map<String, String> parameters, Instant issuedAt) {
    public enum Action { KILL, RELEASE, ARM, DISARM, SET_PARAMETERS }

    public ControlCommand {
        if (action == null || actor == null || issuedAt == null) throw new IllegalArgumentException("control command needs action, actor and time");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        reason = reason == null ? "" : reason;
    }
}
