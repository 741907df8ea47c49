package io.polybot.core.bus;

/**
 * Consumes one message. Returning normally acknowledges it; throwing leaves it unacknowledged,
 * so it is delivered again, and after the bus's maximum deliveries it goes to {@link Topic#DLQ}
 * with the error.
 */
@FunctionalInterface
public interface MessageHandler {
    void handle(Envelope<?> envelope) throws Exception;
}
