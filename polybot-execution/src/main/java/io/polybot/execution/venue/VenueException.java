package io.polybot.execution.venue;

/** The venue could not answer a read (book, balances): down, timing out or returning garbage. */
public final class VenueException extends RuntimeException {
    public VenueException(String message, Throwable cause) { super(message, cause); }

    public VenueException(String message) { super(message); }
}
