package io.polybot.polymarket.internal;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Helpers for reading feed messages with Jackson's streaming parser: no tree is built, so a
 * message costs about one pass over its characters. Scalars are read as text first so decimals
 * never pass through a double.
 */
public final class StreamingJson {
    private static final JsonFactory FACTORY = new JsonFactory();
    // Epoch values at or above this are milliseconds; below, seconds (year 5138 in seconds).
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private StreamingJson() {}

    public static JsonParser parser(String text) {
        return FACTORY.createParser(ObjectReadContext.empty(), text);
    }

    /** Consumes one JSON object of a frame; the parser is on its START_OBJECT. */
    @FunctionalInterface
    public interface ObjectReader {
        /** Reads the object; false when its type is unknown (counted, not an error). */
        boolean read(JsonParser p);
    }

    /**
     * Reads a feed frame that is one JSON object or an array of them, handing each object to
     * {@code reader}; returns how many were of an unknown type. Malformed input, a non-object
     * element or trailing content throws {@link IllegalArgumentException} naming {@code what}.
     */
    public static int readObjects(String text, String what, ObjectReader reader) {
        if (text == null || !looksLikeJson(text)) throw new IllegalArgumentException(what + ": not a JSON object or array");
        int unknown = 0;
        try (JsonParser p = parser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.START_OBJECT) throw new IllegalArgumentException(what + ": array element is not an object");
                    if (!reader.read(p)) unknown++;
                }
            } else if (!reader.read(p)) {
                unknown++;
            }
            if (p.nextToken() != null) throw new IllegalArgumentException(what + ": trailing content after the JSON value");
        } catch (JacksonException e) {
            throw malformed(what, e);
        }
        return unknown;
    }

    /** A required BUY/SELL (feeds also send lower case); a clear error naming {@code what} otherwise. */
    public static OrderSide side(String text, String what) {
        if (text == null) throw missing("side", what);
        return switch (text) {
            case "BUY", "buy" -> OrderSide.BUY;
            case "SELL", "sell" -> OrderSide.SELL;
            default -> throw new IllegalArgumentException(what + ": side must be BUY or SELL, was '" + text + "'");
        };
    }

    /** {@code ""} for null: optional text fields of feed messages. */
    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** An empty list for null: optional list fields of feed messages. */
    public static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    /** True when the text starts (after whitespace) like a JSON object or array. */
    public static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) return c == '{' || c == '[';
        }
        return false;
    }

    /**
     * The current scalar token as text (numbers verbatim, booleans as true/false); null for JSON
     * null. An object or array is skipped and gives null.
     */
    public static String scalar(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) return null;
        return switch (t) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getString();
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case START_OBJECT, START_ARRAY -> {
                p.skipChildren();
                yield null;
            }
            default -> null;
        };
    }

    /** The current value as a list of scalar texts; empty for null or a non-array. */
    public static List<String> strings(JsonParser p) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            scalar(p);
            return List.of();
        }
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String s = scalar(p);
            if (s != null) out.add(s);
        }
        return out;
    }

    /** A decimal from text; null for null or "". */
    public static BigDecimal decimal(String text, String field, String what) {
        if (text == null || text.isEmpty()) return null;
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is not a decimal: '" + Hex.abbreviate(text) + "'");
        }
    }

    /** A required decimal. */
    public static BigDecimal requiredDecimal(String text, String field, String what) {
        BigDecimal d = decimal(text, field, what);
        if (d == null) throw missing(field, what);
        return d;
    }

    /** An integer from text ("12" or "12.0"); {@code fallback} for null or "". */
    public static long longValue(String text, String field, String what, long fallback) {
        if (text == null || text.isEmpty()) return fallback;
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            try {
                return new BigDecimal(text).longValueExact();
            } catch (NumberFormatException | ArithmeticException notInteger) {
                throw new IllegalArgumentException(what + ": field '" + field + "' must be an integer, was '" + Hex.abbreviate(text) + "'");
            }
        }
    }

    /** A required integer. */
    public static long requiredLong(String text, String field, String what) {
        if (text == null || text.isEmpty()) throw missing(field, what);
        return longValue(text, field, what, 0);
    }

    public static String required(String text, String field, String what) {
        if (text == null || text.isEmpty()) throw missing(field, what);
        return text;
    }

    /**
     * A venue time: epoch milliseconds or seconds as digits (told apart by magnitude, because the
     * venue uses both), or ISO-8601. Null for null, "" or "0".
     */
    public static Instant time(String text, String field, String what) {
        if (text == null || text.isEmpty() || text.equals("0")) return null;
        if (Character.isDigit(text.charAt(0))) {
            long v;
            try {
                v = Long.parseLong(text);
            } catch (NumberFormatException e) {
                return isoTime(text, field, what);
            }
            return v >= MILLIS_THRESHOLD ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        return isoTime(text, field, what);
    }

    private static Instant isoTime(String text, String field, String what) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is not a time: '" + Hex.abbreviate(text) + "'");
        }
    }

    public static IllegalArgumentException missing(String field, String what) {
        return new IllegalArgumentException(what + ": missing required field '" + field + "'");
    }

    /** Wraps Jackson's error in the SDK's {@link IllegalArgumentException}. */
    public static IllegalArgumentException malformed(String what, JacksonException e) {
        return new IllegalArgumentException(what + ": malformed JSON: " + e.getOriginalMessage(), e);
    }
}
