package io.polybot.sim.world;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The world's timetable: steps at simulated instants, run earliest first and, at one instant, in
 * the order they were added, so a seed always replays the same sequence.
 */
public final class Schedule {
    public record Step(Instant time, long sequence, Runnable action) {}

    private final PriorityQueue<Step> steps = new PriorityQueue<>(Comparator.comparing(Step::time).thenComparingLong(Step::sequence));
    private long added;

    public synchronized void at(Instant time, Runnable action) { steps.add(new Step(time, added++, action)); }

    /** Removes and returns the earliest step due at or before {@code time}. */
    public synchronized Optional<Step> pollDue(Instant time) {
        Step first = steps.peek();
        if (first == null || first.time().isAfter(time)) return Optional.empty();
        return Optional.of(steps.poll());
    }

    public synchronized Optional<Instant> next() { return Optional.ofNullable(steps.peek()).map(Step::time); }
}
