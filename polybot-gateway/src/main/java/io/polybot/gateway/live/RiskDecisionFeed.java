package io.polybot.gateway.live;

import io.polybot.core.bus.Topic;
import io.polybot.gateway.trading.Views.DecisionEvent;
import io.polybot.store.repo.RiskDecisionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Pushes each new risk decision as a {@code risk-decision} frame. Execution stores its decisions
 * (behind the order path) but does not publish them, so this follows the table by row id, from
 * the last row at start: a decision is pushed once per gateway, within one poll of being written.
 */
public final class RiskDecisionFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RiskDecisionFeed.class);
    static final String TYPE = "risk-decision";
    private static final int BATCH = 200;

    private final RiskDecisionRepository decisions;
    private final LiveHub live;
    private final Duration every;
    private ScheduledExecutorService timer;
    private long lastId;

    public RiskDecisionFeed(RiskDecisionRepository decisions, LiveHub live, Duration every) {
        this.decisions = decisions;
        this.live = live;
        this.every = every;
    }

    public void start() {
        lastId = decisions.lastId();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("live-risk-decisions").factory());
        timer.scheduleWithFixedDelay(this::pollQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One poll: every decision written since the last one, oldest first. */
    void poll() {
        List<RiskDecisionRepository.Numbered> batch;
        do {
            batch = decisions.after(lastId, BATCH);
            for (var row : batch) {
                live.push(Topic.SIGNALS.streamName(), TYPE, DecisionEvent.of(row.decision()));
                lastId = row.id();
            }
        } while (batch.size() == BATCH);
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("reading new risk decisions failed, trying again: {}", e.toString());
        }
    }

    @Override public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
