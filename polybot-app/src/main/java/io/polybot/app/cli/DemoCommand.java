package io.polybot.app.cli;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.demo.DemoMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** {@code polybot demo}: the simulated Polymarket world and every Polybot role in one process. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs a simulated Polymarket world (markets, market makers, a whitelisted whale) and Polybot against it:",
                "whale trades arrive over RTDS, are copied under the risk limits, filled by the simulated venue,",
                "and shown live on the dashboard. Embedded PostgreSQL, in-memory bus, nothing to set up."})
public final class DemoCommand implements Runnable {
    @Option(names = "--port", description = "Dashboard/API port (default: 8080, env POLYBOT_PORT).")
    Integer port;

    @Option(names = "--data-dir", description = "Where the embedded database and local state live (default: ~/.polybot).")
    Path dataDir;

    @Option(names = "--seed", description = "Seed of the simulated world (default: 42); the same seed gives the same world.")
    Long seed;

    @Option(names = "--speed", description = "How much faster than real time the simulated world runs (default: 1.0).")
    Double speed;

    @Option(names = "--config", description = "A HOCON file overriding the defaults.")
    Path configFile;

    @Override public void run() {
        PolybotConfig config = PolybotConfig.load(configFile, overrides());
        UntilStopped.await(DemoMode.start(config, System.out), "polybot");
    }

    Map<String, Object> overrides() {
        Map<String, Object> o = new HashMap<>();
        if (port != null) o.put("polybot.gateway.port", port);
        if (dataDir != null) o.put("polybot.data-dir", dataDir.toAbsolutePath().toString());
        if (seed != null) o.put("polybot.demo.seed", seed);
        if (speed != null) o.put("polybot.demo.speed", speed.toString());
        return o;
    }
}
