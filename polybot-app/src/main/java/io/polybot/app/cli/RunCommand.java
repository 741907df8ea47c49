package io.polybot.app.cli;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.run.RunMode;
import io.polybot.app.run.RunMode.BusKind;
import io.polybot.app.run.RunMode.Role;
import io.polybot.sim.SimUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.URI;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code polybot run}: chosen roles in this process, in sim, paper or live mode, on the in-memory bus or Redis. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs Polybot's roles against Polymarket (paper or live) or a running simulator (sim).",
                "With --bus redis each role may run in its own process sharing Redis and PostgreSQL (POLYBOT_DB_URL),",
                "e.g. execution alone: polybot run --roles execution --bus redis --sim http://127.0.0.1:7070"})
public final class RunCommand implements Runnable {
    @Option(names = "--roles", split = ",", paramLabel = "ROLE",
            description = "Roles to run here: ingest, strategy, execution, gateway (default: all).")
    Set<String> roles;

    @Option(names = "--bus", defaultValue = "memory", description = "memory (one process) or redis (default: ${DEFAULT-VALUE}).")
    String bus;

    @Option(names = "--mode", description = "sim, paper or live (default: execution.mode, env POLYBOT_MODE; else sim).")
    String mode;

    @Option(names = "--sim", paramLabel = "URL",
            description = "Base URL of a running `polybot sim` (e.g. http://127.0.0.1:7070): every Polymarket endpoint points there.")
    URI sim;

    @Option(names = "--instance", description = "This process's name on the bus and in status reports (default: <host>-<pid>).")
    String instance;

    @Mixin
    ServiceOptions service = new ServiceOptions();

    @Override public void run() {
        PolybotConfig config = service.load(overrides());
        var plan = new RunMode.Plan(roles(), busKind(), instanceName(), Optional.ofNullable(sim).map(s -> SimUrls.of(s.getHost(), s.getPort()).sim()));
        UntilStopped.await(RunMode.start(config, plan, System.out), "polybot");
    }

    Map<String, Object> overrides() {
        Map<String, Object> o = new HashMap<>();
        service.addTo(o);
        if (mode != null) o.put("polybot.execution.mode", mode);
        if (sim != null) {
            if (sim.getHost() == null || sim.getPort() < 0) throw new IllegalArgumentException("--sim must be http://host:port, was " + sim);
            SimUrls urls = SimUrls.of(sim.getHost(), sim.getPort());
            o.put("polybot.polymarket.clob-url", urls.clob().toString());
            o.put("polybot.polymarket.clob-ws-url", urls.ws().toString());
            o.put("polybot.polymarket.rtds-url", urls.rtds().toString());
            o.put("polybot.polymarket.data-url", urls.data().toString());
            o.put("polybot.polymarket.gamma-url", urls.gamma().toString());
            o.put("polybot.polymarket.chain-id", io.polybot.sim.SimServer.CHAIN_ID);
        }
        return o;
    }

    Set<Role> roles() {
        if (roles == null || roles.isEmpty()) return EnumSet.allOf(Role.class);
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String name : roles) {
            try {
                out.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown role '" + name + "'; roles are ingest, strategy, execution, gateway");
            }
        }
        return out;
    }

    BusKind busKind() {
        try {
            return BusKind.valueOf(bus.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--bus must be memory or redis, was '" + bus + "'");
        }
    }

    private String instanceName() {
        if (instance != null && !instance.isBlank()) return instance.trim();
        String host = System.getenv().getOrDefault("HOSTNAME", "polybot");
        return host + "-" + ProcessHandle.current().pid();
    }
}
