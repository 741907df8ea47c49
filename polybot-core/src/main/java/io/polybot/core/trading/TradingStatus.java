package io.polybot.core.trading;

import java.time.Instant;
import java.util.Map;

/**
 * One instance's report of its trading state, published on {@code control} when it changes and
 * periodically, so that the gateway (and anyone else) can show every role's state.
 *
 * @param role       "execution", "strategy", ...
 * @param instance   the reporting instance's name (several may run per role)
 * @param reason     why the state was last set (the kill's or release's reason)
 * @param since      when the state was last set; null when it is the state the instance started in
 * @param by         who set it (a user, "risk.daily-loss-breaker", "startup")
 * @param mode       where orders go: "sim", "paper" or "live" (execution only; empty for other roles)
 * @param liveArmed  whether this instance may send orders to a real-money venue (execution only)
 * @param riskLimits the risk thresholds in force, by {@link io.polybot.core.control.RiskParameter} key (execution only)
 */
public record TradingStatus(String role, String instance, TradingState state, String reason, Instant since, String by,
                            String mode, boolean liveArmed, Map<String, String> riskLimits, Instant reportedAt) {
    public TradingStatus {
        if (role == null || instance == null || state == null || reportedAt == null)
            throw new IllegalArgumentException("trading status needs role, instance, state and time");
        riskLimits = riskLimits == null ? Map.of() : Map.copyOf(riskLimits);
        mode = mode == null ? "" : mode;
    }
}
