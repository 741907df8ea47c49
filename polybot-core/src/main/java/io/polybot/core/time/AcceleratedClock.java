package io.polybot.core.time;

import java.time.Duration;
import java.time.Instant;

/** Time that runs {@code speed} times faster than the wall clock from a start instant: demo's {@code --speed X}. */
public final class AcceleratedClock implements Clock {
    private final Clock wall;
    private final Instant start;
    private final long wallStartNanos;
    private final double speed;

    public AcceleratedClock(Clock wall, double speed) {
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be > 0, was " + speed);
        this.wall = wall;
        this.start = wall.now();
        this.wallStartNanos = System.nanoTime();
        this.speed = speed;
    }

    @Override public Instant now() {
        if (speed == 1.0) return wall.now();
        long elapsed = System.nanoTime() - wallStartNanos;
        return start.plus(Duration.ofNanos((long) (elapsed * speed)));
    }

    public double speed() { return speed; }

    /** Wall-clock duration that corresponds to the given simulated duration. */
    public Duration toWall(Duration simulated) { return Duration.ofNanos((long) (simulated.toNanos() / speed)); }
}
