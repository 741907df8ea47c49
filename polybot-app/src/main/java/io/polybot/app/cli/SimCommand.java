package io.polybot.app.cli;

import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.CountDownLatch;

/** {@code polybot sim}: the simulated Polymarket alone, for the official client or another process to trade against. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = {"Runs the simulated Polymarket (CLOB, RTDS, Data API, Gamma) on one loopback port.",
                "Prints one JSON line with the base URLs on start."})
public final class SimCommand implements Runnable {
    @Option(names = "--port", defaultValue = "0", description = "Port to listen on (default: a free port).")
    int port;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the world (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--speed", defaultValue = "1.0", description = "Simulated seconds per real second (default: ${DEFAULT-VALUE}).")
    double speed;

    @Override public void run() {
        CountDownLatch stopped = new CountDownLatch(1);
        SimHandle sim = SimServer.start(new SimConfig(SimConfig.LOOPBACK, port, seed, speed));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "sim-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
