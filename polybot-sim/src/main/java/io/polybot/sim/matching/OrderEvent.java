package io.polybot.sim.matching;

/** A change of one order, as the user channel reports it (PROTOCOL §5.2). */
public record OrderEvent(Type type, OpenOrder order) {
    public enum Type {
        /** Rests on the book (possibly after filling part of it on arrival). */
        PLACEMENT,
        /** Filled in part or in full while resting. */
        UPDATE,
        /** Cancelled: by its owner, on GTD expiry, or by the heartbeat dead-man. */
        CANCELLATION
    }
}
