package io.polybot.polymarket.internal;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Helpers for reading feed messages in one pass with a {@link JsonCursor}: no tree is built, and
 * values a parser does not read are skipped without being copied. Scalars are read as text first
 * so decimals never pass through a double.
 */
public final class StreamingJson {
    // Epoch values at or above this are milliseconds; below, seconds (year 5138 in seconds).
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private StreamingJson() {}

    /** Consumes one JSON object of a frame; the cursor is past its opening brace. */
    @FunctionalInterface
    public interface ObjectReader {
        /** Reads the object's members to its end; false when its type is unknown (counted, not an error). */
        boolean read(JsonCursor c);
    }

    /**
     * Reads a feed frame that is one JSON object or an array of them, handing each object to
     * {@code reader}; returns how many were of an unknown type. Malformed input, a non-object
     * element or trailing content throws {@link IllegalArgumentException} naming {@code what}.
     */
    public static int readObjects(String text, String what, ObjectReader reader) {
        if (text == null || !looksLikeJson(text)) throw new IllegalArgumentException(what + ": not a JSON object or array");
        JsonCursor c = new JsonCursor(text, what);
        int unknown = 0;
        if (c.atObject()) {
            c.beginObject();
            if (!reader.read(c)) unknown++;
        } else {
            c.beginArray();
            while (c.nextElement()) {
                if (!c.atObject()) throw new IllegalArgumentException(what + ": array element is not an object");
                c.beginObject();
                if (!reader.read(c)) unknown++;
            }
        }
        c.end();
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

    /** A decimal from text; null for null or "". */
    public static BigDecimal decimal(String text, String field, String what) {
        if (text == null || text.isEmpty()) return null;
        BigDecimal plain = plainDecimal(text);
        if (plain != null) return plain;
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": field '" + field + "' is not a decimal: '" + Hex.abbreviate(text) + "'");
        }
    }

    /** Most significant digits a {@code long} always holds. */
    private static final int MAX_FAST_DIGITS = 18;

    /**
     * {@code [-]digits[.digits]} with at most 18 digits, as {@code new BigDecimal(text)} would read it
     * (same unscaled value, same scale), without its general parser: prices and sizes on the feeds
     * are all of this form, and a book carries dozens of them. Null for anything else (exponents,
     * signs other than a leading minus, long numbers, junk), which the general parser then judges.
     */
    static BigDecimal plainDecimal(String text) {
        int n = text.length();
        int i = 0;
        boolean negative = false;
        if (text.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        boolean any = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > MAX_FAST_DIGITS) return null;
                unscaled = unscaled * 10 + (c - '0');
                any = true;
                if (point) scale++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return null;
            }
        }
        if (!any) return null;
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
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
}
