package io.polybot.store.repo;

import java.time.Instant;

/**
 * A refresh token as stored: only its hash, never the token.
 *
 * @param familyId  the sign-in it descends from; revoked together when a token is reused
 * @param revokedAt null while the token may still be exchanged
 */
public record StoredRefreshToken(long id, String tokenHash, String familyId, String username, Instant issuedAt,
                                 Instant expiresAt, Instant revokedAt, String revokedWhy) {
    public boolean revoked() { return revokedAt != null; }
}
