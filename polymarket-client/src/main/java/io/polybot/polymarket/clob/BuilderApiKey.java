package io.polybot.polymarket.clob;

import java.util.Objects;

/** A builder API key as listed by {@code GET /auth/builder-api-key}; times as served, null when absent. */
public record BuilderApiKey(String key, String createdAt, String revokedAt) {
    public BuilderApiKey {
        Objects.requireNonNull(key, "key");
    }

    public boolean isRevoked() {
        return revokedAt != null && !revokedAt.isEmpty();
    }
}
