package io.polybot.gateway.auth;

import io.polybot.core.time.Clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed logins for one (client, username)
 * within {@code window}, further attempts are refused until the window has passed. Keyed by
 * client as well as username so that a guesser elsewhere cannot lock the real user out.
 */
public final class LoginThrottle {
    private static final int MAX_TRACKED = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant firstAt) {}

    public LoginThrottle(int maxFailures, Duration window, Clock clock) {
        if (maxFailures < 1) throw new IllegalArgumentException("max failures must be >= 1");
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** How long the caller must wait, or empty when it may try now. */
    public Optional<Duration> blockedFor(String client, String username) {
        Failures f = failures.get(key(client, username));
        if (f == null || f.count() < maxFailures) return Optional.empty();
        Duration left = Duration.between(clock.now(), f.firstAt().plus(window));
        return left.isPositive() ? Optional.of(left) : Optional.empty();
    }

    public void failed(String client, String username) {
        Instant now = clock.now();
        if (failures.size() >= MAX_TRACKED) failures.values().removeIf(f -> !f.firstAt().plus(window).isAfter(now));
        failures.merge(key(client, username), new Failures(1, now),
                (old, one) -> old.firstAt().plus(window).isAfter(now) ? new Failures(old.count() + 1, old.firstAt()) : one);
    }

    public void succeeded(String client, String username) { failures.remove(key(client, username)); }

    private static String key(String client, String username) { return client + '\u001f' + username; }
}
