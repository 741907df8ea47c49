package io.polybot.polymarket.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tree-based JSON reading with clear errors for missing or mistyped fields.
 *
 * <p>Every reader in this SDK ignores unknown fields (it only looks up what it needs) and
 * throws {@link IllegalArgumentException} naming the field when a required one is absent.
 * Floating-point numbers are read as {@link BigDecimal} so prices never pass through a double.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .build();

    private Json() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Parses text into a tree; malformed JSON becomes an {@link IllegalArgumentException}. */
    public static JsonNode parse(String text, String what) {
        if (text == null) throw new IllegalArgumentException(what + ": input is null");
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode())
                throw new IllegalArgumentException(what + ": empty input");
            return node;
        } catch (JacksonException e) {
            throw new IllegalArgumentException(what + ": malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static JsonNode requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) throw new IllegalArgumentException(what + " must be a JSON object");
        return node;
    }

    public static JsonNode required(JsonNode parent, String field, String what) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull())
            throw new IllegalArgumentException(what + ": missing required field '" + field + "'");
        return value;
    }

    /** A required string field (numbers are accepted and rendered as text). */
    public static String text(JsonNode parent, String field, String what) {
        JsonNode value = required(parent, field, what);
        if (value.isString()) return value.stringValue();
        if (value.isNumber()) return numberText(value);
        throw new IllegalArgumentException(what + ": field '" + field + "' must be a string");
    }

    /** An optional string field; {@code fallback} when absent or null. */
    public static String optText(JsonNode parent, String field, String fallback) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) return fallback;
        if (value.isString()) return value.stringValue();
        if (value.isNumber()) return numberText(value);
        return fallback;
    }

    /** A required decimal given either as a JSON number or as a decimal string. */
    public static BigDecimal decimal(JsonNode parent, String field, String what) {
        return toDecimal(required(parent, field, what), field, what);
    }

    /** An optional decimal; null when absent, null or the empty string. */
    public static BigDecimal optDecimal(JsonNode parent, String field, String what) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull() || (value.isString() && value.stringValue().isEmpty())) return null;
        return toDecimal(value, field, what);
    }

    public static BigInteger integer(JsonNode parent, String field, String what) {
        BigDecimal d = decimal(parent, field, what);
        try {
            return d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + ": field '" + field + "' must be an integer, was " + d);
        }
    }

    public static long longValue(JsonNode parent, String field, String what) {
        BigInteger v = integer(parent, field, what);
        try {
            return v.longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is out of range: " + v);
        }
    }

    public static boolean bool(JsonNode parent, String field, boolean fallback, String what) {
        JsonNode value = parent.get(field);
        if (value == null || value.isNull()) return fallback;
        if (!value.isBoolean()) throw new IllegalArgumentException(what + ": field '" + field + "' must be a boolean");
        return value.booleanValue();
    }

    private static BigDecimal toDecimal(JsonNode value, String field, String what) {
        if (value.isNumber()) return value.decimalValue();
        if (value.isString()) {
            try {
                return new BigDecimal(value.stringValue().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        what + ": field '" + field + "' is not a decimal: '" + Hex.abbreviate(value.stringValue()) + "'");
            }
        }
        throw new IllegalArgumentException(what + ": field '" + field + "' must be a number or a decimal string");
    }

    private static String numberText(JsonNode value) {
        return value.isIntegralNumber() ? value.bigIntegerValue().toString() : value.decimalValue().toPlainString();
    }
}
