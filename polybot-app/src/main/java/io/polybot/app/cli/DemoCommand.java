package io.polybot.app.cli;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.demo.DemoMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.HashMap;
import java.util.Map;

/** {@code polybot demo}: the simulated Polymarket world and every Polybot role in one process. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Runs a simulated Polymarket world (markets, market makers, a whitelisted whale) and Polybot against it:",
                "whale trades arrive over RTDS, are copied under the risk limits, filled by the simulated venue,",
                "and shown live on the dashboard. Embedded PostgreSQL, in-memory bus, nothing to set up."})
public final class DemoCommand implements Runnable {
    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Option(names = "--seed", description = "Seed of the simulated world (default: 42); the same seed gives the same world.")
    Long seed;

    @Option(names = "--speed", description = "How much faster than real time the simulated world runs (default: 1.0).")
    Double speed;

    @Override public void run() {
        PolybotConfig config = service.load(overrides());
        UntilStopped.await(DemoMode.start(config, System.out), "polybot");
    }

    Map<String, Object> overrides() {
        Map<String, Object> o = new HashMap<>();
        service.addTo(o);
        if (seed != null) o.put("polybot.demo.seed", seed);
        if (speed != null) o.put("polybot.demo.speed", speed.toString());
        return o;
    }
}
