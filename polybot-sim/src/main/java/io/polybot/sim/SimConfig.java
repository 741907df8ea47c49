package io.polybot.sim;

import io.polybot.sim.world.WorldScale;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How to run the simulated venue.
 *
 * @param host  interface to bind; the sim is meant for loopback ({@code 127.0.0.1})
 * @param port  TCP port, 0 for any free port
 * @param seed  the world's seed: the same seed gives the same markets, wallets and truth
 * @param speed simulated seconds per wall-clock second (demo's {@code --speed X}); must be > 0
 * @param heartbeatTimeout how long an account that sent heartbeats may fall silent before the
 *                         dead-man switch cancels its orders (wall-clock time)
 * @param scale  size of the generated world (ignored when replaying)
 * @param replay a data directory ({@code ../shared/data}) to replay recorded MLB markets and trades
 *               from instead of generating a world
 */
public record SimConfig(String host, int port, long seed, double speed, Duration heartbeatTimeout, WorldScale scale,
                        Optional<Path> replay) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final Duration DEFAULT_HEARTBEAT_TIMEOUT = Duration.ofSeconds(10);

    public SimConfig {
        if (host == null || host.isBlank()) host = LOOPBACK;
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be > 0, was " + speed);
        if (heartbeatTimeout == null) heartbeatTimeout = DEFAULT_HEARTBEAT_TIMEOUT;
        if (heartbeatTimeout.isNegative() || heartbeatTimeout.isZero()) throw new IllegalArgumentException("heartbeat timeout must be > 0");
        if (scale == null) scale = WorldScale.demo();
        if (replay == null) replay = Optional.empty();
    }

    public SimConfig(String host, int port, long seed, double speed, Duration heartbeatTimeout) {
        this(host, port, seed, speed, heartbeatTimeout, WorldScale.demo(), Optional.empty());
    }

    public SimConfig(String host, int port, long seed, double speed) {
        this(host, port, seed, speed, DEFAULT_HEARTBEAT_TIMEOUT);
    }

    public SimConfig withScale(WorldScale newScale) {
        return new SimConfig(host, port, seed, speed, heartbeatTimeout, newScale, replay);
    }

    public SimConfig withReplay(Path dataDirectory) {
        return new SimConfig(host, port, seed, speed, heartbeatTimeout, scale, Optional.of(dataDirectory));
    }

    /** Loopback, a free port, real-time speed. */
    public static SimConfig loopback(long seed) { return new SimConfig(LOOPBACK, 0, seed, 1.0); }
}
