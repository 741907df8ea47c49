package io.polybot.core.bus;

import java.time.Instant;

/**
 * A message that could not be processed: what it was, where it came from and why it failed.
 * Published on {@link Topic#DLQ}; a person retries or discards it.
 *
 * @param originalPayloadJson the original envelope as JSON, so nothing is lost even if its type cannot be decoded
 */
public record DeadLetter(String originalId, String topic, String group, String type, String error, int deliveries,
                         String originalPayloadJson, Instant failedAt) {}
