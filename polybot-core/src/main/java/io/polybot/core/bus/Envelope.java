package io.polybot.core.bus;

import io.polybot.core.id.Ids;

import java.time.Instant;

/**
 * Every bus message: who sent what, when it happened at the venue and when we received it.
 *
 * @param id            unique per message (random unless the payload has a natural id)
 * @param type          payload type name, see {@link MessageTypes}
 * @param schemaVersion version of the payload's shape, bumped on incompatible change
 * @param source        the role or collector that published it ("ingest.rtds", "strategy.whale-copy")
 * @param eventTime     when the event happened (venue time)
 * @param receivedAt    when Polybot received or created it
 */
public record Envelope<T>(String id, String type, int schemaVersion, String source, Instant eventTime,
                          Instant receivedAt, T payload) {
    public Envelope {
        if (id == null || type == null || source == null || eventTime == null || receivedAt == null || payload == null)
            throw new IllegalArgumentException("envelope is missing a required field");
        if (schemaVersion < 1) throw new IllegalArgumentException("schema version must be >= 1");
    }

    /** An envelope for a registered payload type, schema version 1. */
    public static <T> Envelope<T> of(String source, Instant eventTime, Instant receivedAt, T payload) {
        return new Envelope<>(Ids.random(), MessageTypes.nameOf(payload.getClass()), 1, source, eventTime, receivedAt, payload);
    }

    public Envelope<T> withId(String newId) {
        return new Envelope<>(newId, type, schemaVersion, source, eventTime, receivedAt, payload);
    }
}
