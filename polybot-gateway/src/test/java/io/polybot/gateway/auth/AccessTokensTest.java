package io.polybot.gateway.auth;

import com.nimbusds.jwt.SignedJWT;
import io.polybot.core.time.SimulatedClock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class AccessTokensTest {
    private static final byte[] SECRET = "unit-test-secret-unit-test-secret-!!".getBytes(StandardCharsets.UTF_8);
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private final SimulatedClock clock = new SimulatedClock(T0);
    private final AccessTokens tokens = new AccessTokens(SECRET, Duration.ofMinutes(30), clock);

    @Test void issuedTokenCarriesSubjectRoleAndExpiry() throws Exception {
        AccessTokens.Issued issued = tokens.issue("alice", Role.TRADER);

        assertThat(issued.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        SignedJWT jwt = SignedJWT.parse(issued.token());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("alice");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("role")).isEqualTo("trader");
        assertThat(tokens.check(issued.token()))
                .isEqualTo(new AccessTokens.Check.Valid(new Principal("alice", Role.TRADER, T0.plus(Duration.ofMinutes(30)))));
    }

    @Test void tokenIsRefusedFromItsExpiryOn() {
        String token = tokens.issue("alice", Role.VIEWER).token();

        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(tokens.check(token)).isInstanceOf(AccessTokens.Check.Valid.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.check(token)).isEqualTo(new AccessTokens.Check.Invalid("access token expired"));
    }

    @Test void tokenWithAlteredClaimsIsRefused() {
        String[] parts = tokens.issue("alice", Role.VIEWER).token().split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("viewer", "admin");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(tokens.check(forged)).isEqualTo(new AccessTokens.Check.Invalid("invalid token signature"));
    }

    @Test void unsignedTokenIsRefused() {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"alice\",\"role\":\"admin\",\"exp\":9999999999,\"iss\":\"polybot-gateway\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(tokens.check(header + "." + claims + ".")).isInstanceOf(AccessTokens.Check.Invalid.class);
    }

    @Test void tokenOfAnotherSecretIsRefused() {
        byte[] other = "some-other-secret-some-other-secret!".getBytes(StandardCharsets.UTF_8);
        String token = new AccessTokens(other, Duration.ofMinutes(30), clock).issue("alice", Role.ADMIN).token();

        assertThat(tokens.check(token)).isEqualTo(new AccessTokens.Check.Invalid("invalid token signature"));
    }

    @Test void garbageIsMalformed() {
        assertThat(tokens.check("not-a-jwt")).isEqualTo(new AccessTokens.Check.Invalid("malformed access token"));
        assertThat(tokens.check("")).isEqualTo(new AccessTokens.Check.Invalid("missing access token"));
    }
}
