package io.polybot.sim.world;

import io.polybot.sim.matching.Trade;

import java.time.Instant;
import java.util.Optional;

/** What makes a world happen: a generated world's {@link WorldDriver}, or a replay of recorded data. */
public interface SimDriver extends AutoCloseable {
    /** Lists the markets and puts the world's life on its schedule. */
    void open();

    /** Plays everything before the world's start at once; answers the steps run. */
    long runHistory();

    /** Starts live play on the driver's thread. */
    void start();

    /** Plays every step due up to {@code time} on the caller's thread (tests on a simulated clock, without {@link #start}). */
    long advanceTo(Instant time);

    /** Has the demo's whale buy now; empty if there is none or nothing to buy. */
    Optional<Trade> triggerWhaleTrade();

    /** Resolves {@code market} now (its holders redeem a little later). */
    void resolveNow(SimMarket market);

    @Override void close();
}
