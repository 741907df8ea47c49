package io.polybot.core.bus;

import io.polybot.core.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** Envelope to and from JSON text, resolving the payload class from the envelope's type name. */
public final class EnvelopeCodec {
    private EnvelopeCodec() {}

    public static String encode(Envelope<?> envelope) { return Json.write(envelope); }

    /** Decodes an envelope; a malformed message or unknown type throws {@link IllegalArgumentException}. */
    public static Envelope<?> decode(String json) {
        try {
            JsonNode node = Json.mapper().readTree(json);
            if (!(node instanceof ObjectNode object)) throw new IllegalArgumentException("envelope must be a JSON object");
            String type = required(object, "type").asString();
            Object payload = Json.mapper().treeToValue(required(object, "payload"), MessageTypes.classOf(type));
            return new Envelope<>(required(object, "id").asString(), type, required(object, "schemaVersion").asInt(),
                    required(object, "source").asString(), Instant.parse(required(object, "eventTime").asString()),
                    Instant.parse(required(object, "receivedAt").asString()), payload);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (JacksonException e) {
            // The original message, without Jackson's multi-line source location.
            throw new IllegalArgumentException("malformed envelope: " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("malformed envelope: " + e.getMessage(), e);
        }
    }

    private static JsonNode required(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) throw new IllegalArgumentException("envelope field missing: " + field);
        return value;
    }
}
