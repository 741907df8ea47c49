package io.polybot.store.internal;

import io.polybot.core.json.Json;
import tools.jackson.core.type.TypeReference;

import java.util.Map;

/** JSONB columns, written and read with the shared Polybot mapper. Bind the text and cast in SQL: {@code CAST(:x AS jsonb)}. */
public final class JsonColumns {
    private static final TypeReference<Map<String, String>> STRING_MAP = new TypeReference<>() {};

    private JsonColumns() {}

    public static String write(Object value) { return Json.write(value); }

    public static Map<String, String> stringMap(String json) {
        return json == null ? Map.of() : Map.copyOf(Json.mapper().readValue(json, STRING_MAP));
    }

    public static <T> T read(String json, Class<T> type) { return json == null ? null : Json.read(json, type); }
}
