package io.polybot.polymarket.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** L2 request signing: HMAC-SHA256 over {@code timestamp + METHOD + path + body} (PROTOCOL §2.2). */
public final class HmacAuth {
    public static final String POLY_ADDRESS = "POLY_ADDRESS";
    public static final String POLY_SIGNATURE = "POLY_SIGNATURE";
    public static final String POLY_TIMESTAMP = "POLY_TIMESTAMP";
    public static final String POLY_API_KEY = "POLY_API_KEY";
    public static final String POLY_PASSPHRASE = "POLY_PASSPHRASE";
    public static final String POLY_NONCE = "POLY_NONCE";

    private HmacAuth() {}

    /**
     * The url-safe base64 signature (padding kept). {@code requestPath} is the endpoint path
     * without query string; {@code body} is the exact body sent, null or empty for none.
     */
    public static String signature(String base64UrlSecret, String timestamp, String method, String requestPath, String body) {
        String message = timestamp + method + requestPath + (body == null ? "" : body);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(decodeSecret(base64UrlSecret), "HmacSHA256"));
            byte[] sig = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().encodeToString(sig);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** The five POLY_* headers of an authenticated request, in the official client's order. */
    public static Map<String, String> l2Headers(String signerAddress, ApiCredentials creds, String timestamp,
            String method, String requestPath, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(POLY_ADDRESS, signerAddress);
        headers.put(POLY_SIGNATURE, signature(creds.secret(), timestamp, method, requestPath, body));
        headers.put(POLY_TIMESTAMP, timestamp);
        headers.put(POLY_API_KEY, creds.apiKey());
        headers.put(POLY_PASSPHRASE, creds.passphrase());
        return headers;
    }

    // The secret is url-safe base64; accept the standard alphabet and missing padding too
    // (py-clob-client uses urlsafe_b64decode, the TS client translates the alphabet).
    private static byte[] decodeSecret(String secret) {
        if (secret == null) throw new IllegalArgumentException("API secret is null");
        String s = secret.trim().replace('+', '-').replace('/', '_');
        int pad = (4 - s.length() % 4) % 4;
        if (s.indexOf('=') < 0) s = s + "=".repeat(pad);
        try {
            return Base64.getUrlDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            // Never echo the secret itself.
            throw new IllegalArgumentException("API secret is not valid base64");
        }
    }
}
