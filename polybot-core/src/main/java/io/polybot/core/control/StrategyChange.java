package io.polybot.core.control;

import java.time.Instant;
import java.util.Map;

/**
 * An operator's change for the strategy role, on {@code control}: a strategy's parameters (and
 * {@code enabled}) or a whitelist edit (pin, ban), applied live by every strategy instance. Its own
 * type rather than a {@link ControlCommand} so that execution, which applies every
 * {@code SET_PARAMETERS} as risk limits, never sees it.
 *
 * @param target     a strategy name ({@code whale-copy}, {@code basket-copy}) or {@link #WHITELIST}
 * @param parameters for a strategy: its keys with canonical text values; for the whitelist:
 *                   {@code action} (pin, unpin, ban, unban) and {@code address}
 */
public record StrategyChange(String target, Map<String, String> parameters, String actor, String reason, Instant issuedAt) {
    public static final String WHITELIST = "whitelist";
    /**
     * The {@code strategy_state} key under which the gateway keeps a strategy's values as changed by
     * operators (a map of canonical text), so that a strategy role starting later applies them too.
     */
    public static final String STATE_KEY = "operator-parameters";

    public StrategyChange {
        if (target == null || target.isBlank() || actor == null || issuedAt == null)
            throw new IllegalArgumentException("strategy change needs a target, an actor and a time");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
        reason = reason == null ? "" : reason;
    }
}
