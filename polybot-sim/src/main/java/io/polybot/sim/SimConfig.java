package io.polybot.sim;

/**
 * How to run the simulated venue.
 *
 * @param host  interface to bind; the sim is meant for loopback ({@code 127.0.0.1})
 * @param port  TCP port, 0 for any free port
 * @param seed  the world's seed: the same seed gives the same markets, wallets and truth
 * @param speed simulated seconds per wall-clock second (demo's {@code --speed X}); must be > 0
 */
public record SimConfig(String host, int port, long seed, double speed) {
    public static final String LOOPBACK = "127.0.0.1";

    public SimConfig {
        if (host == null || host.isBlank()) host = LOOPBACK;
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be > 0, was " + speed);
    }

    /** Loopback, a free port, real-time speed. */
    public static SimConfig loopback(long seed) { return new SimConfig(LOOPBACK, 0, seed, 1.0); }
}
