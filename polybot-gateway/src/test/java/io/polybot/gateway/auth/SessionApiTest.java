package io.polybot.gateway.auth;

import io.polybot.gateway.RunningGateway;
import io.polybot.gateway.TestApi;
import io.polybot.store.repo.AuditEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import static io.polybot.gateway.TestApi.call;
import static io.polybot.gateway.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in sessions (refresh rotation and reuse), TOTP enrolment and CORS, over real HTTP with embedded PostgreSQL. */
class SessionApiTest {
    static final byte[] SECRET = "session-api-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
    static final String DEV_ORIGIN = "http://localhost:5173";
    @TempDir static Path dataDir;
    static RunningGateway gateway;
    static int port;

    @BeforeAll static void start() {
        gateway = RunningGateway.start(dataDir, SECRET, "session-admin-password", bus -> {},
                config -> config.withAllowedOrigins(Set.of(DEV_ORIGIN)));
        port = gateway.port();
    }

    @AfterAll static void stop() {
        if (gateway != null) gateway.close();
    }

    static HttpResponse<String> refresh(String token) throws Exception {
        return call(port, "POST", "/api/auth/refresh", null, "{\"refreshToken\":\"" + token + "\"}");
    }

    @Test void aRefreshRotatesAndTheSpentTokenRevokesTheWholeSignIn() throws Exception {
        TestApi.createUser(gateway.store(), "rita", "rita-password-123", Role.TRADER);
        JsonNode login = TestApi.login(port, "rita", "rita-password-123");
        String first = login.get("refreshToken").asString();

        HttpResponse<String> rotated = refresh(first);
        String second = json(rotated).get("refreshToken").asString();
        HttpResponse<String> reuse = refresh(first);
        HttpResponse<String> afterReuse = refresh(second);

        assertThat(rotated.statusCode()).isEqualTo(200);
        assertThat(json(rotated).get("user").get("role").asString()).isEqualTo("trader");
        assertThat(call(port, "GET", "/api/auth/me", json(rotated).get("accessToken").asString(), null).statusCode()).isEqualTo(200);
        assertThat(second).isNotEqualTo(first);
        assertThat(reuse.statusCode()).isEqualTo(401);
        assertThat(json(reuse).get("error").asString()).isEqualTo("refresh token was already used; sign in again");
        // The thief's (or the user's) newer token died with the family.
        assertThat(afterReuse.statusCode()).isEqualTo(401);
        assertThat(gateway.store().auditLog().recent(20)).extracting(AuditEntry::action).contains("token.reused");
        // Only the hash is stored.
        assertThat(gateway.store().refreshTokens().find(first)).isEmpty();
        assertThat(gateway.store().refreshTokens().find(RefreshTokens.hash(first))).isPresent();
    }

    @Test void logoutEndsTheSignInAndMeSaysWhoIsSignedIn() throws Exception {
        TestApi.createUser(gateway.store(), "leo", "leo-password-1234", Role.VIEWER);
        JsonNode login = TestApi.login(port, "leo", "leo-password-1234");
        String access = login.get("accessToken").asString();
        String refresh = login.get("refreshToken").asString();

        JsonNode me = json(call(port, "GET", "/api/auth/me", access, null));
        HttpResponse<String> logout = call(port, "POST", "/api/auth/logout", access, "{\"refreshToken\":\"" + refresh + "\"}");

        assertThat(me.get("username").asString()).isEqualTo("leo");
        assertThat(me.get("role").asString()).isEqualTo("viewer");
        assertThat(me.get("totpEnrolled").asBoolean()).isFalse();
        assertThat(logout.statusCode()).isEqualTo(204);
        assertThat(refresh(refresh).statusCode()).isEqualTo(401);
        assertThat(call(port, "POST", "/api/auth/logout", access, "{}").statusCode()).isEqualTo(400);
    }

    @Test void aDeletedUsersRefreshTokenNoLongerWorks() throws Exception {
        TestApi.createUser(gateway.store(), "gone", "gone-password-123", Role.VIEWER);
        String refresh = TestApi.login(port, "gone", "gone-password-123").get("refreshToken").asString();
        String admin = TestApi.accessToken(port, "admin", "session-admin-password");

        assertThat(call(port, "DELETE", "/api/users/gone", admin, null).statusCode()).isEqualTo(204);

        assertThat(refresh(refresh).statusCode()).isEqualTo(401);
    }

    @Test void enrolmentActivatesOnlyWithACodeFromTheNewSecret() throws Exception {
        TestApi.createUser(gateway.store(), "tina", "tina-password-123", Role.TRADER);
        String access = TestApi.accessToken(port, "tina", "tina-password-123");

        JsonNode enrolment = json(call(port, "POST", "/api/auth/totp/enrol", access, null));
        String secret = enrolment.get("secret").asString();
        HttpResponse<String> wrong = call(port, "POST", "/api/auth/totp/verify", access, "{\"code\":\"000000\"}");
        boolean enrolledBefore = json(call(port, "GET", "/api/auth/me", access, null)).get("totpEnrolled").asBoolean();
        HttpResponse<String> right = call(port, "POST", "/api/auth/totp/verify", access,
                "{\"code\":\"" + Totp.codeAt(secret, Instant.now()) + "\"}");

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(enrolment.get("otpauthUri").asString())
                .isEqualTo("otpauth://totp/Polybot%3Atina?secret=" + secret + "&issuer=Polybot&algorithm=SHA1&digits=6&period=30");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(enrolledBefore).isFalse();
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(right.body()).isEqualTo("{\"totpEnrolled\":true}");
        assertThat(json(call(port, "GET", "/api/auth/me", access, null)).get("totpEnrolled").asBoolean()).isTrue();
        // Replacing the authenticator needs a code from the current one.
        HttpResponse<String> reEnrolWithout = call(port, "POST", "/api/auth/totp/enrol", access, null);
        HttpResponse<String> reEnrolWith = call(port, "POST", "/api/auth/totp/enrol", access,
                "{\"totp\":\"" + TestApi.code(secret, 1) + "\"}");
        assertThat(reEnrolWithout.statusCode()).isEqualTo(403);
        assertThat(reEnrolWith.statusCode()).isEqualTo(200);
        assertThat(gateway.store().users().totp("tina").orElseThrow().secret()).isEqualTo(secret); // active until the new one is verified
    }

    @Test void aConfiguredOriginGetsCorsHeadersAndItsPreflightAnswered() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/control/kill"))
                .header("Origin", DEV_ORIGIN).header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> foreign = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .header("Origin", "https://evil.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> allowed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health"))
                .header("Origin", DEV_ORIGIN).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DEV_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("Authorization, Content-Type");
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DEV_ORIGIN);
        assertThat(allowed.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }
}
