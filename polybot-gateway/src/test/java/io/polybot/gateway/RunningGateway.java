package io.polybot.gateway;

import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.time.Clock;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** A gateway on a free port over embedded PostgreSQL and an in-memory bus, for tests over real HTTP and WebSockets. */
public record RunningGateway(Store store, InMemoryBus bus, GatewayServer server, int port) implements AutoCloseable {

    public static RunningGateway start(Path dataDir, byte[] secret, String adminPassword) {
        return start(dataDir, secret, adminPassword, bus -> {});
    }

    /** {@code beforeStart} may subscribe test consumers before the gateway publishes anything. */
    public static RunningGateway start(Path dataDir, byte[] secret, String adminPassword, Consumer<InMemoryBus> beforeStart) {
        return start(dataDir, secret, adminPassword, beforeStart, config -> config);
    }

    /** {@code configure} adjusts the gateway's configuration (CORS origins, token lifetimes). */
    public static RunningGateway start(Path dataDir, byte[] secret, String adminPassword, Consumer<InMemoryBus> beforeStart,
                                       UnaryOperator<GatewayConfig> configure) {
        Store store = Store.open(StoreConfig.embedded(dataDir));
        InMemoryBus bus = new InMemoryBus(Clock.system());
        beforeStart.accept(bus);
        GatewayConfig config = configure.apply(
                new GatewayConfig("127.0.0.1", 0, secret, Duration.ofHours(1)).withInitialAdminPassword(adminPassword));
        // The generated-password banner is not what these tests read.
        GatewayServer server = new GatewayServer(config, store, bus, Clock.system(),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), TradingSetup.defaults());
        return new RunningGateway(store, bus, server, server.start());
    }

    @Override public void close() {
        server.close();
        bus.close();
        store.close();
    }
}
