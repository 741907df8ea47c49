package io.polybot.execution;

import io.polybot.core.log.LogSampler;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.store.repo.RiskDecisionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * The log's view of risk denials: the first of each reason in a second in full, the rest counted
 * and told with the next one shown. Every decision is stored ({@link RiskDecisionRepository}); at a
 * thousand whale trades a second, one log line each would be a flood, and writing it would slow the
 * one thread that decides.
 */
final class DenialLog {
    private static final Logger log = LoggerFactory.getLogger(ExecutionEngine.class);

    private final LogSampler sampler;

    DenialLog(Clock clock) { this.sampler = new LogSampler(clock, Duration.ofSeconds(1)); }

    /** Called by the deciding thread only. */
    void denied(SignalId signal, String code, String detail) {
        OptionalInt shown = sampler.show(code);
        if (shown.isEmpty()) return;
        int more = shown.getAsInt();
        if (more == 0) log.info("signal {} denied: {} ({})", signal, code, detail);
        else log.info("signal {} denied: {} ({}); {} more {} since the last shown", signal, code, detail, more, code);
    }
}
