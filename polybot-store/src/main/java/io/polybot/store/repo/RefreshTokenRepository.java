package io.polybot.store.repo;

import io.polybot.store.internal.Columns;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Refresh tokens of the gateway (table {@code refresh_tokens}, migration V4), by the hash of the
 * token. Rotation happens in one transaction with the presented row locked, so two refreshes
 * racing with one token cannot both succeed.
 */
public final class RefreshTokenRepository {
    private static final String COLUMNS = "id, token_hash, family_id, username, issued_at, expires_at, revoked_at, revoked_why";

    /** What presenting a token for rotation found. */
    public sealed interface Rotation {
        /** The token was live; it is now revoked and {@code successor} is stored in its family. */
        record Rotated(StoredRefreshToken previous, StoredRefreshToken successor) implements Rotation {}

        /** The token was already revoked: the family has now been revoked entirely. */
        record Reused(StoredRefreshToken presented) implements Rotation {}

        record Expired(StoredRefreshToken presented) implements Rotation {}

        record Unknown() implements Rotation {}
    }

    private final Jdbi jdbi;

    public RefreshTokenRepository(Jdbi jdbi) { this.jdbi = jdbi; }

    public StoredRefreshToken insert(String tokenHash, String familyId, String username, Instant issuedAt, Instant expiresAt) {
        return jdbi.withHandle(handle -> insert(handle, tokenHash, familyId, username, issuedAt, expiresAt));
    }

    public Optional<StoredRefreshToken> find(String tokenHash) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM refresh_tokens WHERE token_hash = :hash")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> row(rs))
                .findOne());
    }

    /**
     * Exchanges the token with hash {@code presentedHash} for a new one with hash {@code successorHash}
     * expiring at {@code expiresAt}. A revoked token revokes its family instead (RFC 6819 §5.2.2.3).
     */
    public Rotation rotate(String presentedHash, String successorHash, Instant now, Instant expiresAt) {
        return jdbi.inTransaction(handle -> {
            Optional<StoredRefreshToken> found = handle.createQuery(
                            "SELECT " + COLUMNS + " FROM refresh_tokens WHERE token_hash = :hash FOR UPDATE")
                    .bind("hash", presentedHash)
                    .map((rs, ctx) -> row(rs))
                    .findOne();
            if (found.isEmpty()) return new Rotation.Unknown();
            StoredRefreshToken presented = found.get();
            if (presented.revoked()) {
                revokeFamily(handle, presented.familyId(), now, "reused");
                return new Rotation.Reused(presented);
            }
            if (!now.isBefore(presented.expiresAt())) return new Rotation.Expired(presented);
            revoke(handle, presented.id(), now, "rotated");
            StoredRefreshToken successor = insert(handle, successorHash, presented.familyId(), presented.username(), now, expiresAt);
            return new Rotation.Rotated(presented, successor);
        });
    }

    /** Revokes every live token of the family; returns how many. */
    public int revokeFamily(String familyId, Instant now, String why) {
        return jdbi.withHandle(handle -> revokeFamily(handle, familyId, now, why));
    }

    /** Revokes every live token of the user (password or role changed, user deleted); returns how many. */
    public int revokeUser(String username, Instant now, String why) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE refresh_tokens SET revoked_at = :now, revoked_why = :why
                        WHERE username = :username AND revoked_at IS NULL""")
                .bind("username", username).bind("now", now).bind("why", why)
                .execute());
    }

    private static StoredRefreshToken insert(Handle handle, String tokenHash, String familyId, String username, Instant issuedAt,
                                             Instant expiresAt) {
        return handle.createQuery("""
                        INSERT INTO refresh_tokens (token_hash, family_id, username, issued_at, expires_at)
                        VALUES (:hash, :family, :username, :issuedAt, :expiresAt) RETURNING""" + " " + COLUMNS)
                .bind("hash", tokenHash).bind("family", familyId).bind("username", username)
                .bind("issuedAt", issuedAt).bind("expiresAt", expiresAt)
                .map((rs, ctx) -> row(rs))
                .one();
    }

    private static void revoke(Handle handle, long id, Instant now, String why) {
        handle.createUpdate("UPDATE refresh_tokens SET revoked_at = :now, revoked_why = :why WHERE id = :id")
                .bind("id", id).bind("now", now).bind("why", why)
                .execute();
    }

    private static int revokeFamily(Handle handle, String familyId, Instant now, String why) {
        return handle.createUpdate("""
                        UPDATE refresh_tokens SET revoked_at = :now, revoked_why = :why
                        WHERE family_id = :family AND revoked_at IS NULL""")
                .bind("family", familyId).bind("now", now).bind("why", why)
                .execute();
    }

    private static StoredRefreshToken row(ResultSet rs) throws SQLException {
        return new StoredRefreshToken(rs.getLong("id"), rs.getString("token_hash"), rs.getString("family_id"), rs.getString("username"),
                Columns.instant(rs, "issued_at"), Columns.instant(rs, "expires_at"), Columns.instant(rs, "revoked_at"),
                rs.getString("revoked_why"));
    }
}
