package io.polybot.app.cli;

import io.polybot.app.config.PolybotConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/** The options of the commands that run Polybot as a service (demo, run): where the API listens, where state lives, a config file. */
final class ServiceOptions {
    @Option(names = "--port", description = "Dashboard/API port (default: 8080, env POLYBOT_PORT).")
    Integer port;

    @Option(names = "--data-dir", description = "Local state; the embedded database when POLYBOT_DB_URL is not set (default: ~/.polybot).")
    Path dataDir;

    @Option(names = "--config", description = "A HOCON file overriding the defaults.")
    Path configFile;

    /** Adds these options to the command's configuration overrides. */
    void addTo(Map<String, Object> overrides) {
        if (port != null) overrides.put("polybot.gateway.port", port);
        if (dataDir != null) overrides.put("polybot.data-dir", dataDir.toAbsolutePath().toString());
    }

    PolybotConfig load(Map<String, Object> overrides) { return PolybotConfig.load(configFile, overrides); }
}
