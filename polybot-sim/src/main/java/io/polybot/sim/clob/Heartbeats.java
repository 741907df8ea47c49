package io.polybot.sim.clob;

import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The heartbeat dead-man switch (PROTOCOL §3.13): {@code POST /v1/heartbeats} chains ids (each
 * answer names the id the next beat must quote); an account that has sent a heartbeat and then
 * falls silent for longer than {@code timeout} gets all its orders cancelled. Accounts that never
 * sent one are not watched, as on the venue.
 */
public final class Heartbeats {
    private final Duration timeout;
    private final Clock clock;
    private final Consumer<WalletAddress> onSilence;
    private final Map<WalletAddress, Beat> beats = new HashMap<>();

    private record Beat(String nextId, Instant at) {}

    /** The outcome of one beat: accepted with the id to quote next, or refused with the id that was expected. */
    public sealed interface Outcome {
        record Accepted(String heartbeatId) implements Outcome {}
        record WrongId(String expectedId) implements Outcome {}
    }

    /** @param onSilence cancels the account's orders; called outside any HTTP request, from {@link #sweep()} */
    public Heartbeats(Duration timeout, Clock clock, Consumer<WalletAddress> onSilence) {
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("heartbeat timeout must be > 0");
        this.timeout = timeout;
        this.clock = clock;
        this.onSilence = onSilence;
    }

    /** An empty id starts (or restarts) a chain; otherwise it must be the id of the previous answer. */
    public synchronized Outcome beat(WalletAddress account, String heartbeatId) {
        Optional<Beat> last = Optional.ofNullable(beats.get(account));
        boolean fresh = heartbeatId == null || heartbeatId.isBlank();
        if (!fresh && last.map(b -> !b.nextId().equals(heartbeatId)).orElse(true))
            return new Outcome.WrongId(last.map(Beat::nextId).orElse(""));
        String next = UUID.randomUUID().toString();
        beats.put(account, new Beat(next, clock.now()));
        return new Outcome.Accepted(next);
    }

    /** Cancels the orders of every watched account whose last beat is older than the timeout, and stops watching it. */
    public void sweep() {
        List<WalletAddress> silent = new ArrayList<>();
        synchronized (this) {
            Instant deadline = clock.now().minus(timeout);
            beats.entrySet().removeIf(e -> {
                boolean expired = e.getValue().at().isBefore(deadline);
                if (expired) silent.add(e.getKey());
                return expired;
            });
        }
        silent.forEach(onSilence);
    }

    public Duration timeout() { return timeout; }
}
