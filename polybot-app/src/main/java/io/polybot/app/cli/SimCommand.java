package io.polybot.app.cli;

import io.polybot.sim.SimConfig;
import io.polybot.sim.SimServer;
import io.polybot.sim.world.WorldScale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

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

    @Option(names = "--replay", paramLabel = "DIR",
            description = "Replay the recorded MLB trades, books and outcomes under DIR (e.g. ../shared/data) instead of generating a world.")
    Path replay;

    @Option(names = "--scale", defaultValue = "demo",
            description = "Size of the generated world: demo (4 live markets), small, or evaluation (~200 markets, ~1,000 wallets, 30 days of history).")
    String scale;

    @Override public void run() {
        SimConfig config = new SimConfig(SimConfig.LOOPBACK, port, seed, speed).withScale(WorldScale.named(scale));
        UntilStopped.await(SimServer.start(replay == null ? config : config.withReplay(replay)), "sim");
    }
}
