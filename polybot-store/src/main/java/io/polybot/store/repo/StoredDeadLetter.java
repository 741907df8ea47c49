package io.polybot.store.repo;

import io.polybot.core.bus.DeadLetter;

import java.util.Set;

/**
 * A dead letter as stored, with its handling status.
 *
 * @param status {@code OPEN} (waiting for a person), {@code RETRIED} or {@code DISCARDED}
 */
public record StoredDeadLetter(long id, DeadLetter letter, String status) {
    public static final String OPEN = "OPEN";
    public static final String RETRIED = "RETRIED";
    public static final String DISCARDED = "DISCARDED";
    public static final Set<String> STATUSES = Set.of(OPEN, RETRIED, DISCARDED);

    public StoredDeadLetter {
        if (letter == null) throw new IllegalArgumentException("dead letter is required");
        if (!STATUSES.contains(status)) throw new IllegalArgumentException("dead letter status must be one of " + STATUSES + ", was " + status);
    }
}
