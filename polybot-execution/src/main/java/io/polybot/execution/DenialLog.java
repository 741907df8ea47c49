package io.polybot.execution;

import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.store.repo.RiskDecisionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The log's view of risk denials: the first of each reason in a second in full, the rest counted
 * and told with the next one shown. Every decision is stored ({@link RiskDecisionRepository}); at a
 * thousand whale trades a second, one log line each would be a flood, and writing it would slow the
 * one thread that decides.
 */
final class DenialLog {
    private static final Logger log = LoggerFactory.getLogger(ExecutionEngine.class);
    private static final Duration QUIET = Duration.ofSeconds(1);

    private final Clock clock;
    private final Map<String, Instant> lastShown = new HashMap<>();
    private final Map<String, Integer> unshown = new HashMap<>();

    DenialLog(Clock clock) { this.clock = clock; }

    /** Called by the deciding thread only. */
    void denied(SignalId signal, String code, String detail) {
        Instant now = clock.now();
        Instant last = lastShown.get(code);
        if (last != null && Duration.between(last, now).compareTo(QUIET) < 0) {
            unshown.merge(code, 1, Integer::sum);
            return;
        }
        lastShown.put(code, now);
        Integer more = unshown.remove(code);
        if (more == null) log.info("signal {} denied: {} ({})", signal, code, detail);
        else log.info("signal {} denied: {} ({}); {} more {} since the last shown", signal, code, detail, more, code);
    }
}
