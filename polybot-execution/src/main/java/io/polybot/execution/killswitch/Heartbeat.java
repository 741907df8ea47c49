package io.polybot.execution.killswitch;

/**
 * One beat of the venue's dead-man switch: while beats arrive the venue keeps our orders; when
 * they stop it cancels them all.
 */
@FunctionalInterface
public interface Heartbeat {
    /**
     * Sends a beat chained to the previous one ({@code ""} for the first) and returns the id for
     * the next; throws {@link io.polybot.execution.venue.VenueException} when the venue does not take it.
     */
    String beat(String previousId);
}
