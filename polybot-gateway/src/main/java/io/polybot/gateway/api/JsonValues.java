package io.polybot.gateway.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Text maps stored as JSON (figures, evidence) shown with numbers as numbers and booleans as booleans. */
public final class JsonValues {
    private JsonValues() {}

    public static Map<String, Object> natural(Map<String, String> raw) {
        Map<String, Object> out = new LinkedHashMap<>();
        new TreeMap<>(raw).forEach((key, value) -> out.put(key, natural(value)));
        return out;
    }

    static Object natural(String value) {
        if (value == null) return null;
        if (value.equals("true") || value.equals("false")) return Boolean.parseBoolean(value);
        // Only plain decimals: "1e3" or " 5" stay text, as written.
        if (!value.matches("-?\\d+(\\.\\d+)?")) return value;
        return new BigDecimal(value);
    }
}
