package io.polybot.sim;

import io.javalin.Javalin;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.Balances;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.rtds.RtdsHub;
import io.polybot.sim.world.SimTruth;
import io.polybot.sim.world.WhalePrints;
import io.polybot.sim.world.World;
import io.polybot.sim.world.SimDriver;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A running simulated venue: where it listens, what its world is, and the operator's levers. */
public final class SimHandle implements AutoCloseable {
    private final Javalin server;
    private final SimUrls urls;
    private final World world;
    private final MatchingEngine engine;
    private final SimDriver driver;
    private final RtdsHub rtds;
    private final WhalePrints prints;
    private final List<AutoCloseable> services;

    /** @param services closed after the server stops (socket channels, timers) */
    SimHandle(Javalin server, SimUrls urls, World world, MatchingEngine engine, SimDriver driver, RtdsHub rtds, WhalePrints prints,
              List<AutoCloseable> services) {
        this.server = server;
        this.urls = urls;
        this.world = world;
        this.engine = engine;
        this.driver = driver;
        this.rtds = rtds;
        this.prints = prints;
        this.services = List.copyOf(services);
    }

    public int port() { return server.port(); }

    public SimUrls baseUrls() { return urls; }

    public World world() { return world; }

    public SimTruth truth() { return world.truth(); }

    /** Credits {@code pusd} of collateral to {@code address} (any 0x + 40 hex address, e.g. our bot's wallet). */
    public void fund(String address, BigDecimal pusd) {
        if (pusd.signum() <= 0) throw new IllegalArgumentException("pusd must be > 0, was " + pusd);
        engine.creditPusd(new WalletAddress(address), pusd);
    }

    public Balances balances(String address) { return engine.balances(new WalletAddress(address)); }

    /** The engine behind the venue: tests and benchmarks set market terms or place orders directly. */
    public MatchingEngine engine() { return engine; }

    /** Plays the world's schedule up to {@code time} (tests that run the sim on a {@code SimulatedClock}). */
    public long advanceTo(java.time.Instant time) { return driver.advanceTo(time); }

    /** Makes the informed whale buy now ($10,000+); empty if the book had nothing to sell it. */
    public Optional<Trade> triggerWhaleTrade() { return driver.triggerWhaleTrade(); }

    /** Prints an informed whale's buy ($10,000+) on the tape and RTDS without matching it (see {@link WhalePrints}). */
    public Optional<Trade> printWhaleTrade() { return prints.print(); }

    @Override public void close() {
        driver.close();
        server.stop();
        rtds.close();
        for (AutoCloseable service : services) {
            try {
                service.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + service + " failed", e);
            }
        }
    }
}
