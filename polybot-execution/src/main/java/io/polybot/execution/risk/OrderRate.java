package io.polybot.execution.risk;

import java.time.Instant;

/**
 * At most N orders a second, bursts of up to N (the generic cell rate algorithm: one theoretical
 * arrival time, no per-order memory). The risk engine's last check: a copy beyond the venue's order
 * budget would wait in the client's pacing queue and reach the book seconds late, at a price the
 * slippage check never saw, so it is refused now instead.
 */
final class OrderRate {
    private static final long SECOND = 1_000_000_000L;
    private long theoreticalArrival = Long.MIN_VALUE;

    /** Takes one order's place if {@code perSecond} allows it at {@code now}; false (nothing taken) otherwise. */
    synchronized boolean tryTake(Instant now, int perSecond) {
        long t = now.getEpochSecond() * SECOND + now.getNano();
        long interval = SECOND / perSecond;
        long arrival = Math.max(theoreticalArrival, t);
        if (arrival - t > SECOND - interval) return false;
        theoreticalArrival = arrival + interval;
        return true;
    }
}
