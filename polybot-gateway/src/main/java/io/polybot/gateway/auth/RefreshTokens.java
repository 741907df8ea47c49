package io.polybot.gateway.auth;

import io.polybot.core.id.Ids;
import io.polybot.core.time.Clock;
import io.polybot.store.repo.RefreshTokenRepository;
import io.polybot.store.repo.RefreshTokenRepository.Rotation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Long-lived, opaque refresh tokens: 256 random bits, stored only as their SHA-256 (a stolen
 * database holds no usable token). Each exchange rotates the token; presenting a spent one
 * revokes the whole sign-in (family), since either the user or a thief holds a copy.
 */
public final class RefreshTokens {
    private static final int TOKEN_BYTES = 32;

    private final RefreshTokenRepository repository;
    private final Duration ttl;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A new token, given to the client once. */
    public record Issued(String token, Instant expiresAt) {}

    /** What exchanging a token gave. */
    public sealed interface Exchange {
        record Rotated(Issued next, String username) implements Exchange {}

        /** Refused; {@code reused} when a spent token came back and its family was revoked. */
        record Refused(String reason, boolean reused, String username) implements Exchange {}
    }

    public RefreshTokens(RefreshTokenRepository repository, Duration ttl, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) throw new IllegalArgumentException("refresh token ttl must be positive");
        this.repository = repository;
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Starts a new family for a fresh sign-in. */
    public Issued issue(String username) {
        Instant now = clock.now();
        String token = newToken();
        repository.insert(hash(token), Ids.random(), username, now, now.plus(ttl));
        return new Issued(token, now.plus(ttl));
    }

    public Exchange exchange(String token) {
        Instant now = clock.now();
        String next = newToken();
        return switch (repository.rotate(hash(token), hash(next), now, now.plus(ttl))) {
            case Rotation.Rotated r -> new Exchange.Rotated(new Issued(next, r.successor().expiresAt()), r.successor().username());
            case Rotation.Reused r -> new Exchange.Refused("refresh token was already used; sign in again", true, r.presented().username());
            case Rotation.Expired r -> new Exchange.Refused("refresh token expired; sign in again", false, r.presented().username());
            case Rotation.Unknown u -> new Exchange.Refused("unknown refresh token", false, null);
        };
    }

    /** Ends the sign-in the token belongs to, if it is {@code username}'s; true when it was. */
    public boolean revoke(String token, String username) {
        return repository.find(hash(token))
                .filter(stored -> stored.username().equals(username))
                .map(stored -> repository.revokeFamily(stored.familyId(), clock.now(), "logout") >= 0)
                .orElse(false);
    }

    /** Ends every sign-in of the user. */
    public void revokeUser(String username, String why) { repository.revokeUser(username, clock.now(), why); }

    /** Ends the family of a refused token's user when the user no longer exists. */
    public void revokeFamilyOf(String token, String why) {
        repository.find(hash(token)).ifPresent(stored -> repository.revokeFamily(stored.familyId(), clock.now(), why));
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
