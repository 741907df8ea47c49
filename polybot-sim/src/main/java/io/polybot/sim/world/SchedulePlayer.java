package io.polybot.sim.world;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Plays a {@link Schedule} of world steps, each on the clock pinned to its own instant: up to a
 * time on the caller's thread (history, tests), or live on its own thread, waking when the next
 * step is due at the world's speed. One thread at a time runs the steps, so a seeded world decides
 * the same way on every run. Shared by the generated world's and the replay's drivers.
 */
public final class SchedulePlayer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SchedulePlayer.class);
    /** The live thread sleeps at most this long (wall time) between looks at the schedule. */
    private static final long MAX_PUMP_DELAY_MS = 500;

    private final Schedule schedule;
    private final WorldClock clock;
    private final double speed;
    private final String what;
    private final ScheduledExecutorService thread;
    private volatile boolean live;

    /** @param what names the player's thread and its failures in the log ("world", "replay") */
    public SchedulePlayer(Schedule schedule, WorldClock clock, double speed, String what) {
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be > 0, was " + speed);
        this.schedule = schedule;
        this.clock = clock;
        this.speed = speed;
        this.what = what;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().daemon().name("sim-" + what + "-driver").unstarted(r));
    }

    /** Plays every step due up to {@code time} on the caller's thread; answers the steps run. */
    public long runUntil(Instant time) {
        long steps = 0;
        try {
            for (Optional<Schedule.Step> next = schedule.pollDue(time); next.isPresent(); next = schedule.pollDue(time)) {
                clock.pin(next.get().time());
                run(next.get().action());
                steps++;
            }
        } finally {
            clock.release();
        }
        return steps;
    }

    /** Like {@link #runUntil}, but on the player's thread once live play has started. */
    public long advanceTo(Instant time) { return live ? onThread(() -> runUntil(time)) : runUntil(time); }

    /** Starts live play on the player's thread. */
    public void start() {
        live = true;
        pump();
    }

    public boolean live() { return live && !thread.isShutdown(); }

    /** Runs {@code task} on the player's thread and waits for it, so it never races the world's steps. */
    public <T> T onThread(Callable<T> task) {
        try {
            return thread.submit(task).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(what + " step failed", e);
        }
    }

    /** Queues {@code task} on the player's thread without waiting. */
    public void execute(Runnable task) { thread.execute(task); }

    private void pump() {
        if (thread.isShutdown()) return;
        for (Optional<Schedule.Step> next = schedule.pollDue(clock.now()); next.isPresent(); next = schedule.pollDue(clock.now()))
            run(next.get().action());
        long delayMs = schedule.next().map(t -> (long) (Duration.between(clock.now(), t).toMillis() / speed)).orElse(MAX_PUMP_DELAY_MS);
        try {
            thread.schedule(this::pump, Math.clamp(delayMs, 1, MAX_PUMP_DELAY_MS), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed between the check and the schedule: nothing more to run
        }
    }

    private void run(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            // A bug in one step must not stop the world.
            log.error("{} step failed", what, e);
        }
    }

    @Override public void close() { thread.shutdownNow(); }
}
