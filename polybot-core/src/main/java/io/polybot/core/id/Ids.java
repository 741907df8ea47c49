package io.polybot.core.id;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/** Identifier helpers: deterministic ids from content (idempotency) and random ids for envelopes. */
public final class Ids {
    private Ids() {}

    /** SHA-256 over the parts (unit-separated), first 16 bytes in hex: stable across processes and restarts. */
    public static String hash(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x1f);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    /** A deterministic non-negative long below 2^53 (fits a JSON number exactly), e.g. an order salt. */
    public static long hashToSafeLong(String... parts) {
        return Long.parseUnsignedLong(hash(parts).substring(0, 16), 16) >>> 11;
    }

    public static String random() { return UUID.randomUUID().toString(); }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
