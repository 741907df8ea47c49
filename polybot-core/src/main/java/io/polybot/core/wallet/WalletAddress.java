package io.polybot.core.wallet;

import java.util.Locale;
import java.util.regex.Pattern;

/** A Polygon address (proxy wallet, Safe or EOA), normalised to lower case. */
public record WalletAddress(String value) {
    private static final Pattern FORMAT = Pattern.compile("0x[0-9a-f]{40}");

    public WalletAddress {
        if (value == null) throw new IllegalArgumentException("address is required");
        value = value.toLowerCase(Locale.ROOT); // feeds mix checksummed and lower-case forms
        if (!FORMAT.matcher(value).matches()) throw new IllegalArgumentException("address must be 0x + 40 hex, was " + value);
    }
    @Override public String toString() { return value; }
}
