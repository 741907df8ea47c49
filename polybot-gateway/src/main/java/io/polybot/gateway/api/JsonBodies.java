package io.polybot.gateway.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.polybot.core.json.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Reading request bodies: a JSON object or a 400 saying what shape was expected. */
public final class JsonBodies {
    private JsonBodies() {}

    public static JsonNode object(Context ctx, String shape) { return parseObject(ctx.body(), shape); }

    public static JsonNode parseObject(String text, String shape) {
        if (text == null || text.isBlank()) throw new BadRequestResponse(shape);
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (JacksonException e) {
            throw new BadRequestResponse("malformed JSON: " + shape);
        }
        if (node == null || !node.isObject()) throw new BadRequestResponse(shape);
        return node;
    }

    /** The field as text, null when absent or JSON null; a 400 when it is not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isString()) throw new BadRequestResponse(field + " must be a string");
        return value.asString();
    }
}
