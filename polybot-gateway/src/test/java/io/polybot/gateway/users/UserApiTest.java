package io.polybot.gateway.users;

import io.polybot.gateway.RunningGateway;
import io.polybot.gateway.TestApi;
import io.polybot.gateway.auth.Role;
import io.polybot.store.repo.AuditEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static io.polybot.gateway.TestApi.call;
import static io.polybot.gateway.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

/** User management by admins over real HTTP with embedded PostgreSQL. */
class UserApiTest {
    static final byte[] SECRET = "user-api-secret-0123456789abcdefgh".getBytes(StandardCharsets.UTF_8);
    static final String ADMIN_PASSWORD = "user-admin-password";
    @TempDir static Path dataDir;
    static RunningGateway gateway;
    static int port;

    @BeforeAll static void start() {
        gateway = RunningGateway.start(dataDir, SECRET, ADMIN_PASSWORD);
        port = gateway.port();
    }

    @AfterAll static void stop() {
        if (gateway != null) gateway.close();
    }

    @Test void anAdminCreatesChangesListsAndDeletesAUser() throws Exception {
        String admin = TestApi.accessToken(port, "admin", ADMIN_PASSWORD);

        HttpResponse<String> created = call(port, "POST", "/api/users", admin,
                "{\"username\":\"olga\",\"password\":\"olga-password-123\",\"role\":\"viewer\"}");
        HttpResponse<String> duplicate = call(port, "POST", "/api/users", admin,
                "{\"username\":\"olga\",\"password\":\"olga-password-123\",\"role\":\"viewer\"}");
        HttpResponse<String> promoted = call(port, "PUT", "/api/users/olga", admin, "{\"role\":\"trader\",\"password\":\"olga-new-password\"}");
        JsonNode list = json(call(port, "GET", "/api/users", admin, null));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(json(created).get("username").asString()).isEqualTo("olga");
        assertThat(json(created).get("role").asString()).isEqualTo("viewer");
        assertThat(json(created).get("totpEnrolled").asBoolean()).isFalse();
        assertThat(json(created).has("createdAt")).isTrue();
        assertThat(created.body()).doesNotContain("password").doesNotContain("argon2");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(promoted.statusCode()).isEqualTo(200);
        assertThat(json(promoted).get("role").asString()).isEqualTo("trader");
        assertThat(list).anySatisfy(u -> assertThat(u.get("username").asString()).isEqualTo("olga"));
        // The new password works, the old one does not.
        assertThat(TestApi.login(port, "olga", "olga-new-password").get("user").get("role").asString()).isEqualTo("trader");
        assertThat(call(port, "POST", "/api/auth/login", null, "{\"username\":\"olga\",\"password\":\"olga-password-123\"}").statusCode())
                .isEqualTo(401);

        assertThat(call(port, "DELETE", "/api/users/olga", admin, null).statusCode()).isEqualTo(204);
        assertThat(call(port, "DELETE", "/api/users/olga", admin, null).statusCode()).isEqualTo(404);
        assertThat(gateway.store().auditLog().recent(20)).extracting(AuditEntry::action)
                .contains("user.created", "user.updated", "user.deleted");
    }

    @Test void badUsersAreRefusedWithWhatIsWrong() throws Exception {
        String admin = TestApi.accessToken(port, "admin", ADMIN_PASSWORD);

        HttpResponse<String> shortPassword = call(port, "POST", "/api/users", admin, "{\"username\":\"pat\",\"password\":\"short\",\"role\":\"viewer\"}");
        HttpResponse<String> badRole = call(port, "POST", "/api/users", admin,
                "{\"username\":\"pat\",\"password\":\"pat-password-123\",\"role\":\"root\"}");
        HttpResponse<String> badName = call(port, "POST", "/api/users", admin,
                "{\"username\":\"p a t\",\"password\":\"pat-password-123\",\"role\":\"viewer\"}");
        HttpResponse<String> nothing = call(port, "PUT", "/api/users/admin", admin, "{}");

        assertThat(shortPassword.body()).isEqualTo("{\"error\":\"password must be at least 12 characters\",\"status\":400}");
        assertThat(badRole.body()).isEqualTo("{\"error\":\"role must be viewer, trader or admin, was 'root'\",\"status\":400}");
        assertThat(badName.statusCode()).isEqualTo(400);
        assertThat(nothing.body()).isEqualTo("{\"error\":\"give a role, a password or both\",\"status\":400}");
    }

    @Test void nobodyDeletesThemselfNorDemotesTheLastAdmin() throws Exception {
        String admin = TestApi.accessToken(port, "admin", ADMIN_PASSWORD);

        HttpResponse<String> self = call(port, "DELETE", "/api/users/admin", admin, null);
        HttpResponse<String> demote = call(port, "PUT", "/api/users/admin", admin, "{\"role\":\"viewer\"}");

        assertThat(self.body()).isEqualTo("{\"error\":\"you cannot delete yourself\",\"status\":400}");
        assertThat(demote.statusCode()).isEqualTo(409);
        assertThat(gateway.store().users().account("admin").orElseThrow().role()).isEqualTo("admin");
    }

    @Test void aTraderCannotManageUsers() throws Exception {
        TestApi.createUser(gateway.store(), "trent", "trent-password-123", Role.TRADER);
        String trader = TestApi.accessToken(port, "trent", "trent-password-123");

        assertThat(call(port, "GET", "/api/users", trader, null).statusCode()).isEqualTo(403);
        assertThat(call(port, "POST", "/api/users", trader, "{\"username\":\"x\",\"password\":\"x-password-1234\",\"role\":\"admin\"}")
                .body()).isEqualTo("{\"error\":\"requires role admin\",\"status\":403}");
        assertThat(gateway.store().users().account("x")).isEmpty();
    }
}
