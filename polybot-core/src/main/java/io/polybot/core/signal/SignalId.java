package io.polybot.core.signal;

import io.polybot.core.id.Ids;

/** Deterministic signal id: the same trigger always yields the same id, so a redelivered signal is recognised. */
public record SignalId(String value) {
    public SignalId {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("signal id is required");
    }

    public static SignalId of(String strategy, String triggerId) { return new SignalId(Ids.hash("signal", strategy, triggerId)); }

    @Override public String toString() { return value; }
}
