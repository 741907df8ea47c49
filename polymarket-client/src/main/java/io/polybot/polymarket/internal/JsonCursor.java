package io.polybot.polymarket.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A forward-only reader of one JSON text, for the feed parsers. Hand-written rather than
 * Jackson's streaming parser because a feed message is read once, mostly skipped, and on the
 * hot path: member names are matched in place against a {@link FieldNames} table (no String per
 * name), a string without escapes is one {@code indexOf} and one {@code substring}, and a value
 * nobody asked for is checked and skipped without being copied.
 *
 * <p>Strict JSON (RFC 8259, as Jackson reads it by default): malformed input, including a skipped
 * value, throws {@link IllegalArgumentException} "{@code <what>}: malformed JSON: ..." with the
 * character position. Not thread-safe; one cursor per text.
 */
public final class JsonCursor {
    // Far deeper than any feed message: deeper input is an error, never a stack overflow.
    private static final int MAX_DEPTH = 500;
    // What comes next inside the innermost container.
    private static final byte OPENED = 0, VALUE_READ = 1, VALUE_NEXT = 2;

    private final String text;
    private final String what;
    private final int length;
    private int pos;
    private int depth;
    private byte state = VALUE_NEXT;
    // The current member's name: text[nameStart, nameEnd) and its String hash, or decoded when it held escapes.
    private int nameStart;
    private int nameEnd;
    private int nameHash;
    private String decodedName;

    public JsonCursor(String text, String what) {
        this.text = text;
        this.what = what;
        this.length = text.length();
    }

    /** True when the next value is an object. */
    public boolean atObject() {
        return peek() == '{';
    }

    /** True when the next value is an array. */
    public boolean atArray() {
        return peek() == '[';
    }

    public void beginObject() {
        open('{');
    }

    public void beginArray() {
        open('[');
    }

    /**
     * Moves to the next member of the current object whose name is in {@code names}, skipping
     * (and checking) the members before it: its constant, with the cursor on its value, which the
     * caller then reads or skips; null after the closing brace.
     */
    public <E extends Enum<E>> E nextField(FieldNames<E> names) {
        while (nextMember()) {
            E field = decodedName != null ? names.find(decodedName) : names.find(text, nameStart, nameEnd, nameHash);
            if (field != null) return field;
            skipValue();
        }
        return null;
    }

    // Moves to the next member: true with its name read and the cursor on its value; false after the closing brace.
    private boolean nextMember() {
        if (!hasNext('}')) return false;
        if (peek() != '"') throw malformed("expected a member name");
        readName();
        if (peek() != ':') throw malformed("expected ':' after a member name");
        pos++;
        return true;
    }

    /** Moves to the next element of the current array: true with the cursor on it; false after the closing bracket. */
    public boolean nextElement() {
        return hasNext(']');
    }

    /**
     * The value as text: a string decoded, a number verbatim, {@code true}/{@code false}; null for
     * JSON null. An object or array is skipped and gives null.
     */
    public String scalar() {
        int c = peek();
        String value;
        switch (c) {
            case '"' -> value = string(true);
            case '{', '[' -> {
                skipValue();
                return null;
            }
            case 't' -> value = literal("true");
            case 'f' -> value = literal("false");
            case 'n' -> {
                literal("null");
                value = null;
            }
            default -> {
                int start = pos;
                pos = numberEnd();
                value = text.substring(start, pos);
            }
        }
        state = VALUE_READ;
        return value;
    }

    /** The value as a list of scalar texts (nulls dropped); empty for null or a non-array. */
    public List<String> strings() {
        if (peek() != '[') {
            scalar();
            return List.of();
        }
        beginArray();
        List<String> out = new ArrayList<>(2);
        while (nextElement()) {
            String s = scalar();
            if (s != null) out.add(s);
        }
        return out;
    }

    /** Checks and skips the value, materialising nothing. */
    public void skipValue() {
        switch (peek()) {
            case '"' -> string(false);
            case '{' -> {
                beginObject();
                while (nextMember()) skipValue();
            }
            case '[' -> {
                beginArray();
                while (nextElement()) skipValue();
            }
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> pos = numberEnd();
        }
        state = VALUE_READ;
    }

    /** Checks that only whitespace follows the value read. */
    public void end() {
        if (peek() >= 0) throw new IllegalArgumentException(what + ": trailing content after the JSON value");
    }

    private void open(char bracket) {
        if (peek() != bracket) throw malformed("expected '" + bracket + "'");
        if (++depth > MAX_DEPTH) throw malformed("nesting deeper than " + MAX_DEPTH);
        pos++;
        state = OPENED;
    }

    // After '{' or '[' or a value: true when an item follows (a comma is consumed), false at the closing bracket.
    private boolean hasNext(char close) {
        int c = peek();
        if (state == VALUE_NEXT) throw new IllegalStateException("the previous value was not read");
        if (c == close) {
            pos++;
            depth--;
            state = VALUE_READ;
            return false;
        }
        if (state == VALUE_READ) {
            if (c != ',') throw malformed("expected ',' or '" + close + "'");
            pos++;
        }
        state = VALUE_NEXT;
        return true;
    }

    // The cursor is on the opening quote; a name is short, so one loop finds its end, hash and any escape.
    private void readName() {
        int start = pos + 1;
        int hash = 0;
        for (int i = start; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                nameStart = start;
                nameEnd = i;
                nameHash = hash;
                decodedName = null;
                pos = i + 1;
                return;
            }
            if (c == '\\') {
                decodedName = string(true);
                return;
            }
            if (c < 0x20) throw control(i);
            hash = 31 * hash + c;
        }
        throw malformed("unterminated string");
    }

    // The cursor is on the opening quote. Runs between escapes are found and copied in bulk; the
    // next quote is searched again only once an escaped quote has passed it (linear, however many escapes).
    private String string(boolean keep) {
        int from = pos + 1;
        int quote = -1;
        StringBuilder decoded = null;
        while (true) {
            if (quote < from) quote = text.indexOf('"', from);
            if (quote < 0) throw malformed("unterminated string");
            int escape = text.indexOf('\\', from, quote);
            int runEnd = escape < 0 ? quote : escape;
            for (int i = from; i < runEnd; i++) if (text.charAt(i) < 0x20) throw control(i);
            if (escape < 0) {
                pos = quote + 1;
                if (!keep) return null;
                return decoded == null ? text.substring(from, quote) : decoded.append(text, from, quote).toString();
            }
            if (keep && decoded == null) decoded = new StringBuilder(quote - from + 16);
            if (keep) decoded.append(text, from, escape);
            from = unescape(escape, decoded);
        }
    }

    // Decodes the escape at text[at] into out (when not null); returns the index after it.
    private int unescape(int at, StringBuilder out) {
        if (at + 1 >= length) throw malformed("unterminated string");
        char c = text.charAt(at + 1);
        char decoded;
        switch (c) {
            case '"', '\\', '/' -> decoded = c;
            case 'b' -> decoded = '\b';
            case 'f' -> decoded = '\f';
            case 'n' -> decoded = '\n';
            case 'r' -> decoded = '\r';
            case 't' -> decoded = '\t';
            case 'u' -> {
                if (at + 6 > length) throw malformed("unterminated string");
                int code = 0;
                for (int i = at + 2; i < at + 6; i++) {
                    int digit = hexDigit(text.charAt(i));
                    if (digit < 0) throw malformed("bad \\u escape", i);
                    code = code << 4 | digit;
                }
                if (out != null) out.append((char) code);
                return at + 6;
            }
            default -> throw malformed("unknown escape '\\" + c + "'", at);
        }
        if (out != null) out.append(decoded);
        return at + 2;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    // Returns the word's text; the word must be spelled exactly.
    private String literal(String word) {
        if (!text.startsWith(word, pos)) throw malformed("expected a value");
        pos += word.length();
        return word;
    }

    // The end of the number at pos, checked against the JSON grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private int numberEnd() {
        int i = pos;
        if (i < length && text.charAt(i) == '-') i++;
        if (i >= length) throw malformed("expected a value");
        char first = text.charAt(i);
        if (first == '0') i++;
        else if (first >= '1' && first <= '9') i = digitsEnd(i + 1);
        else throw malformed("expected a value");
        if (i < length && text.charAt(i) == '.') {
            int end = digitsEnd(i + 1);
            if (end == i + 1) throw malformed("expected a digit after '.'", end);
            i = end;
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) i++;
            int end = digitsEnd(i);
            if (end == i) throw malformed("expected a digit in the exponent", end);
            i = end;
        }
        return i;
    }

    private int digitsEnd(int i) {
        while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
        return i;
    }

    // Skips whitespace; the next character, or -1 at the end of the text.
    private int peek() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return c;
            pos++;
        }
        return -1;
    }

    private IllegalArgumentException control(int at) {
        return malformed("unescaped control character in a string", at);
    }

    private IllegalArgumentException malformed(String problem) {
        return malformed(problem, pos);
    }

    private IllegalArgumentException malformed(String problem, int at) {
        String found = at >= length ? "the end of the text" : "character " + at;
        return new IllegalArgumentException(what + ": malformed JSON: " + problem + " at " + found);
    }
}
