package io.polybot.polymarket.internal;

/**
 * A minimal compact JSON writer whose output matches JavaScript's {@code JSON.stringify}.
 *
 * <p>Hand-written rather than Jackson because the HMAC covers the exact bytes: key order,
 * number formatting and string escaping must equal what the official client sends.
 */
public final class JsonText {
    private final StringBuilder out = new StringBuilder(512);
    private boolean needComma;

    public JsonText beginObject() {
        comma();
        out.append('{');
        needComma = false;
        return this;
    }

    public JsonText endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    public JsonText beginArray() {
        comma();
        out.append('[');
        needComma = false;
        return this;
    }

    public JsonText endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    /** Starts a member; the next value call writes its value. */
    public JsonText name(String name) {
        comma();
        quote(name);
        out.append(':');
        needComma = false;
        return this;
    }

    public JsonText string(String value) {
        comma();
        quote(value);
        needComma = true;
        return this;
    }

    /** Writes a number verbatim; callers pass canonical integer text. */
    public JsonText number(String digits) {
        comma();
        out.append(digits);
        needComma = true;
        return this;
    }

    public JsonText bool(boolean value) {
        comma();
        out.append(value);
        needComma = true;
        return this;
    }

    public JsonText field(String name, String value) {
        return name(name).string(value);
    }

    private void comma() {
        if (needComma) out.append(',');
    }

    // Same escapes as JSON.stringify (ES2019 well-formed): short forms, a six-character escape for other
    // control characters and lone surrogates, everything else verbatim.
    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
