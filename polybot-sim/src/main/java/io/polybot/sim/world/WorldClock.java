package io.polybot.sim.world;

import io.polybot.core.time.Clock;

import java.time.Instant;

/**
 * The venue's clock: live time, except while the world generates its past or replays a step, when
 * it is pinned to that step's simulated instant so trades, deposits and redemptions carry it.
 */
public final class WorldClock implements Clock {
    private final Clock live;
    private volatile Instant pinned;

    public WorldClock(Clock live) { this.live = live; }

    @Override public Instant now() {
        Instant p = pinned;
        return p != null ? p : live.now();
    }

    public Clock live() { return live; }

    public void pin(Instant time) { pinned = time; }

    public void release() { pinned = null; }
}
