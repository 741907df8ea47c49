package io.polybot.store;

/** The store could not be opened: the database is unreachable, would not start, or its schema could not be migrated. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }

    public StoreException(String message) { super(message); }
}
