package io.polybot.app.roles;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.time.Clock;
import io.polybot.gateway.GatewayConfig;
import io.polybot.gateway.GatewayServer;
import io.polybot.gateway.TradingSetup;
import io.polybot.gateway.strategies.StrategyCatalog;
import io.polybot.store.Store;
import io.polybot.strategy.intelligence.consensus.ConsensusConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

/** The gateway role's composition root (the dashboard's BFF). */
public final class GatewayWiring {
    private GatewayWiring() {}

    /** Origins allowed to call the API from another origin, comma-separated; unset: none (no CORS headers). */
    static final String ALLOWED_ORIGINS_VARIABLE = "POLYBOT_GATEWAY_ALLOWED_ORIGINS";

    public static GatewayServer wire(PolybotConfig cfg, MessageBus bus, Store store, Clock clock, PrintStream console) {
        var g = cfg.gateway();
        var config = new GatewayConfig(g.host(), g.port(), jwtSecret(cfg), g.accessTokenTtl(),
                cfg.adminPassword().isBlank() ? null : cfg.adminPassword())
                .withAllowedOrigins(allowedOrigins(System.getenv(ALLOWED_ORIGINS_VARIABLE)));
        // The same values the strategy role starts with (StrategyWiring), and the balance execution counts equity from.
        ConsensusConfig consensus = ConsensusConfig.defaults();
        var strategies = new StrategyCatalog.Defaults(cfg.whaleCopy().minWhaleNotional().amount(), cfg.whaleCopy().maxEntryPrice(),
                consensus.threshold(), consensus.window(), consensus.minimumWallets());
        return new GatewayServer(config, store, bus, clock, console, new TradingSetup(cfg.demo().startingBalance(), strategies));
    }

    static Set<String> allowedOrigins(String variable) {
        if (variable == null || variable.isBlank()) return Set.of();
        return Arrays.stream(variable.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The configured secret, else one kept in {@code <data-dir>/jwt.secret} (owner-only), so that
     * logins survive a restart without anyone having to invent a secret.
     */
    static byte[] jwtSecret(PolybotConfig cfg) {
        if (!cfg.gateway().jwtSecret().isBlank()) {
            byte[] configured = cfg.gateway().jwtSecret().getBytes(StandardCharsets.UTF_8);
            if (configured.length < GatewayConfig.MIN_SECRET_BYTES)
                throw new IllegalArgumentException("POLYBOT_JWT_SECRET must be at least " + GatewayConfig.MIN_SECRET_BYTES + " bytes");
            return configured;
        }
        Path file = cfg.dataDir().resolve("jwt.secret");
        try {
            if (Files.exists(file)) return Base64.getDecoder().decode(Files.readString(file).trim());
            byte[] secret = GatewayConfig.randomSecret();
            Files.createDirectories(cfg.dataDir());
            Files.writeString(file, Base64.getEncoder().encodeToString(secret));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system; the data directory's own permissions apply
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
