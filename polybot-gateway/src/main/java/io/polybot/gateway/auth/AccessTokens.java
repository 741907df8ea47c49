package io.polybot.gateway.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.polybot.core.id.Ids;
import io.polybot.core.time.Clock;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * Issues and checks the gateway's access tokens: HS256 JWTs with subject = username, a
 * {@code role} claim and an expiry. Time comes from the injected clock, never from nimbus.
 */
public final class AccessTokens {
    static final String ISSUER = "polybot-gateway";
    static final String ROLE_CLAIM = "role";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Duration ttl;
    private final Clock clock;

    public AccessTokens(byte[] secret, Duration ttl, Clock clock) {
        try {
            this.signer = new MACSigner(secret);
            this.verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable jwt secret: " + e.getMessage(), e);
        }
        this.ttl = ttl;
        this.clock = clock;
    }

    /** A signed token and when it stops being accepted. */
    public record Issued(String token, Instant expiresAt, Duration ttl) {}

    /** What checking a presented token found. */
    public sealed interface Check {
        record Valid(Principal principal) implements Check {}

        record Invalid(String reason) implements Check {}
    }

    public Issued issue(String username, Role role) {
        Instant now = clock.now();
        Instant expiresAt = now.plus(ttl);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(username)
                .claim(ROLE_CLAIM, role.wireName())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(Ids.random())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing an access token failed", e);
        }
        return new Issued(jwt.serialize(), expiresAt, ttl);
    }

    public Check check(String token) {
        if (token == null || token.isBlank()) return new Check.Invalid("missing access token");
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            return new Check.Invalid("malformed access token");
        }
        // Pin the algorithm: a token must not choose how it is verified.
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) return new Check.Invalid("unsupported token algorithm");
        try {
            if (!jwt.verify(verifier)) return new Check.Invalid("invalid token signature");
        } catch (JOSEException e) {
            return new Check.Invalid("invalid token signature");
        }
        Date expiry = claims.getExpirationTime();
        if (expiry == null || !clock.now().isBefore(expiry.toInstant())) return new Check.Invalid("access token expired");
        if (!ISSUER.equals(claims.getIssuer())) return new Check.Invalid("token not issued by this gateway");
        String subject = claims.getSubject();
        Object roleClaim = claims.getClaim(ROLE_CLAIM);
        if (subject == null || subject.isBlank() || !(roleClaim instanceof String roleName))
            return new Check.Invalid("token lacks subject or role");
        try {
            return new Check.Valid(new Principal(subject, Role.ofWireName(roleName), expiry.toInstant()));
        } catch (IllegalArgumentException e) {
            return new Check.Invalid("token carries an unknown role");
        }
    }
}
