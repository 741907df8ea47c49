package io.polybot.core.market;

import java.util.Locale;
import java.util.regex.Pattern;

/** A market's CTF condition id ({@code 0x} + 64 hex), the CLOB's {@code market} field. */
public record ConditionId(String value) {
    // The Data API pads some combo-market ids to 62 hex digits; accept 62..64.
    private static final Pattern FORMAT = Pattern.compile("0x[0-9a-f]{62,64}");

    public ConditionId {
        if (value == null) throw new IllegalArgumentException("condition id is required");
        value = value.toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) throw new IllegalArgumentException("condition id must be 0x + 64 hex, was " + value);
    }
    @Override public String toString() { return value; }
}
