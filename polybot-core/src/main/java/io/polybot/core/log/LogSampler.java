package io.polybot.core.log;

import io.polybot.core.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Decides which events of a flood reach the log: the first of each kind in an interval is shown, the
 * rest are counted and the count told with the next one shown. For events that are stored anyway
 * (signals, risk decisions): at a thousand a second a line each would bury the log and spend a core
 * on writing it. One caller thread per sampler.
 */
public final class LogSampler {
    private final Clock clock;
    private final Duration interval;
    private final Map<String, Instant> lastShown = new HashMap<>();
    private final Map<String, Integer> unshown = new HashMap<>();

    public LogSampler(Clock clock, Duration interval) {
        if (interval.isNegative()) throw new IllegalArgumentException("interval must be >= 0");
        this.clock = clock;
        this.interval = interval;
    }

    /** Empty when this event is only to be counted; otherwise show it, with how many of its kind went unshown since the last shown. */
    public OptionalInt show(String kind) {
        Instant now = clock.now();
        Instant last = lastShown.get(kind);
        if (last != null && Duration.between(last, now).compareTo(interval) < 0) {
            unshown.merge(kind, 1, Integer::sum);
            return OptionalInt.empty();
        }
        lastShown.put(kind, now);
        Integer more = unshown.remove(kind);
        return OptionalInt.of(more == null ? 0 : more);
    }
}
