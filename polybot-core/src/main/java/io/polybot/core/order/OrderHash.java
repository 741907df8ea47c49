package io.polybot.core.order;

import java.util.Locale;
import java.util.regex.Pattern;

/** The EIP-712 digest of a signed order; Polymarket uses it as the order id, so it is known before sending. */
public record OrderHash(String value) {
    private static final Pattern FORMAT = Pattern.compile("0x[0-9a-f]{64}");

    public OrderHash {
        if (value == null) throw new IllegalArgumentException("order hash is required");
        value = value.toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) throw new IllegalArgumentException("order hash must be 0x + 64 hex, was " + value);
    }
    @Override public String toString() { return value; }
}
