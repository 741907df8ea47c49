package io.polybot.sim.world;

import io.polybot.core.time.SimulatedClock;
import io.polybot.sim.funding.Funding;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.resolution.Settlement;
import io.polybot.sim.tape.TradeTape;

import java.time.Instant;
import java.util.List;

/** A generated world wired to its engine on a simulated clock, with its history played; no threads, no sleeps. */
final class WorldFixture implements AutoCloseable {
    static final Instant START = Instant.parse("2031-03-01T12:00:00Z");

    final SimulatedClock clock = new SimulatedClock(START);
    final WorldClock worldClock = new WorldClock(clock);
    final World world;
    final MatchingEngine engine = new MatchingEngine(worldClock, "test");
    final TradeTape tape = new TradeTape(1_000_000);
    final Funding funding = new Funding(engine, worldClock, "test");
    final Settlement settlement;
    final WorldDriver driver;

    WorldFixture(long seed, WorldScale scale) {
        world = WorldGenerator.generate(seed, scale, START);
        engine.addListener(tape);
        settlement = new Settlement(world, engine, worldClock, "test");
        driver = new WorldDriver(world, scale, engine, worldClock, funding, settlement, 1);
        driver.open();
        driver.runHistory();
    }

    /** Moves the simulated clock and plays what fell due. */
    void advanceTo(Instant time) {
        clock.set(time);
        driver.advanceTo(time);
    }

    /** Oldest first. */
    List<Trade> trades() { return tape.find(t -> true, 0, Integer.MAX_VALUE).reversed(); }

    @Override public void close() { driver.close(); }
}
