package io.polybot.gateway.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP) as authenticator apps make them:
 * HMAC-SHA1, 6 digits, 30-second steps. A code is accepted one step either side of now, for
 * clock drift and typing time; the caller records the step so that a code works once.
 */
public final class Totp {
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted either side of the current one. */
    static final int DRIFT_STEPS = 1;
    /** 160 bits, the HMAC-SHA1 block recommendation of RFC 4226 §4. */
    private static final int SECRET_BYTES = 20;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final String ISSUER = "Polybot";

    private final SecureRandom random = new SecureRandom();

    /** A fresh secret, base32-encoded. */
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The {@code otpauth://} URI an authenticator app scans (Key Uri Format). */
    public static String otpauthUri(String username, String secret) {
        String label = encode(ISSUER + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    public static long step(Instant at) { return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS); }

    /** The code of the given step, zero-padded to {@code digits}. */
    static String code(byte[] key, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is unavailable", e);
        }
        // Dynamic truncation, RFC 4226 §5.3.
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /** The current code for a base32 secret (for tests and tools; the gateway only verifies). */
    public static String codeAt(String secret, Instant at) { return code(Base32.decode(secret), step(at), DIGITS); }

    /**
     * The step whose code {@code code} is, within the drift window around {@code now}, or empty.
     * Every candidate is computed and compared in constant time, so timing shows nothing.
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        if (code == null || code.length() != DIGITS || !code.chars().allMatch(Character::isDigit)) return OptionalLong.empty();
        byte[] key = Base32.decode(secret);
        long current = step(now);
        long found = -1;
        for (long step = current - DRIFT_STEPS; step <= current + DRIFT_STEPS; step++) {
            boolean same = java.security.MessageDigest.isEqual(code(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII));
            if (same && found < 0) found = step;
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    private static String encode(String text) { return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"); }
}
