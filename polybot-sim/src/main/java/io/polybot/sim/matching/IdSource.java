package io.polybot.sim.matching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Venue-style ids from a per-run salt and a counter: deterministic within a run, distinct across
 * runs (a restarted sim must not reuse trade ids or transaction hashes a store already holds).
 */
final class IdSource {
    private final String salt;

    IdSource(String salt) { this.salt = salt; }

    /** {@code 0x} + 64 hex, shaped like an order hash. */
    String orderId(long n) { return "0x" + HexFormat.of().formatHex(sha256("order", n)); }

    /** {@code 0x} + 64 hex, shaped like a Polygon transaction hash. */
    String transactionHash(long n) { return "0x" + HexFormat.of().formatHex(sha256("tx", n)); }

    /** A UUID, like the CLOB's trade ids. */
    String tradeId(long n) { return UUID.nameUUIDFromBytes(sha256("trade", n)).toString(); }

    private byte[] sha256(String kind, long n) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((salt + '\u001f' + kind + '\u001f' + n).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
