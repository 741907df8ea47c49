package io.polybot.polymarket.auth;

import java.util.Objects;

/**
 * CLOB API credentials (L2): key (UUID), HMAC secret (url-safe base64) and passphrase.
 * {@link #toString()} masks the secret and the passphrase.
 */
public record ApiCredentials(String apiKey, String secret, String passphrase) {
    public ApiCredentials {
        Objects.requireNonNull(apiKey, "apiKey");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(passphrase, "passphrase");
    }

    @Override
    public String toString() {
        return "ApiCredentials[apiKey=" + apiKey + ", secret=***, passphrase=***]";
    }
}
