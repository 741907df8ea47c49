package io.polybot.gateway;

import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.json.Json;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.time.Clock;
import io.polybot.core.time.SimulatedClock;
import io.polybot.gateway.auth.AccessTokens;
import io.polybot.gateway.auth.Role;
import io.polybot.gateway.web.DashboardSite;
import io.polybot.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static io.polybot.gateway.GatewayFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The gateway over real HTTP against embedded PostgreSQL. */
class GatewayServerTest {
    @TempDir static Path dataDir;
    static RunningGateway gateway;
    static Store store;
    static InMemoryBus bus;
    static GatewayServer server;
    static int port;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll static void start() {
        gateway = RunningGateway.start(dataDir, SECRET, ADMIN_PASSWORD);
        store = gateway.store();
        bus = gateway.bus();
        server = gateway.server();
        port = gateway.port();
    }

    @AfterAll static void stop() {
        if (gateway != null) gateway.close();
    }

    static String adminToken() throws Exception {
        HttpResponse<String> response = post(http, port, "/api/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body()).get("accessToken").asString();
    }

    static JsonNode json(HttpResponse<String> response) { return Json.mapper().readTree(response.body()); }

    @Test void healthAnswersWithoutToken() throws Exception {
        HttpResponse<String> response = get(http, port, "/api/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asString()).isEqualTo("UP");
        assertThat(Instant.parse(body.get("time").asString())).isNotNull();
        assertThat(body.get("version").asString()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test void loginWithTheRightPasswordReturnsABearerToken() throws Exception {
        HttpResponse<String> response = post(http, port, "/api/auth/login",
                "{\"username\":\"admin\",\"password\":\"" + ADMIN_PASSWORD + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("expiresIn").asLong()).isEqualTo(3600);
        assertThat(body.get("user").get("username").asString()).isEqualTo("admin");
        assertThat(body.get("user").get("role").asString()).isEqualTo("admin");
        assertThat(body.get("user").get("totpEnrolled").asBoolean()).isFalse();
        assertThat(body.get("accessToken").asString().split("\\.")).hasSize(3);
        // Opaque, not a JWT: 32 random bytes, base64url.
        assertThat(body.get("refreshToken").asString()).matches("[A-Za-z0-9_-]{43}");
        assertThat(body.propertyNames()).containsExactlyInAnyOrder("accessToken", "refreshToken", "expiresIn", "user");
    }

    @Test void loginWithAWrongPasswordIs401() throws Exception {
        HttpResponse<String> response = post(http, port, "/api/auth/login", "{\"username\":\"admin\",\"password\":\"nope\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid credentials\",\"status\":401}");
    }

    @Test void loginOfAnUnknownUserIsTheSame401() throws Exception {
        HttpResponse<String> response = post(http, port, "/api/auth/login", "{\"username\":\"nobody\",\"password\":\"nope\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid credentials\",\"status\":401}");
    }

    @Test void loginWithAMalformedBodyIs400() throws Exception {
        HttpResponse<String> notJson = post(http, port, "/api/auth/login", "username=admin");
        HttpResponse<String> missingPassword = post(http, port, "/api/auth/login", "{\"username\":\"admin\"}");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).get("error").asString()).startsWith("malformed JSON: body must be JSON {\"username\"");
        assertThat(missingPassword.statusCode()).isEqualTo(400);
        assertThat(missingPassword.body()).isEqualTo("{\"error\":\"username and password are required\",\"status\":400}");
    }

    @Test void ordersWithoutTokenIs401() throws Exception {
        HttpResponse<String> response = get(http, port, "/api/orders", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"missing bearer token\",\"status\":401}");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /api/orders", "GET, /api/positions", "GET, /api/signals",
            "GET, /api/control", "POST, /api/control/kill", "POST, /api/control/release", "PUT, /api/control/risk",
            "GET, /api/dead-letters", "POST, /api/dead-letters/1/retry", "POST, /api/dead-letters/1/discard"})
    void everyProtectedEndpointWithoutTokenIs401(String method, String path) throws Exception {
        HttpResponse<String> response = send(http, port, method, path, null, "{\"reason\":\"anonymous\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"missing bearer token\",\"status\":401}");
    }

    @Test void unknownApiPathWithoutTokenIs401NotA404() throws Exception {
        assertThat(get(http, port, "/api/nothing-here", null).statusCode()).isEqualTo(401);
        HttpResponse<String> signedIn = get(http, port, "/api/nothing-here", adminToken());
        assertThat(signedIn.statusCode()).isEqualTo(404);
        assertThat(signedIn.body()).isEqualTo("{\"error\":\"Endpoint GET /api/nothing-here not found\",\"status\":404}");
    }

    @Test void ordersWithATamperedTokenIs401() throws Exception {
        String[] parts = adminToken().split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"sub\":\"admin\"", "\"sub\":\"mallory\"").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + forgedClaims + "." + parts[2];

        HttpResponse<String> response = get(http, port, "/api/orders", tampered);

        assertThat(forgedClaims).isNotEqualTo(parts[1]);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"invalid token signature\",\"status\":401}");
    }

    @Test void ordersWithAnExpiredTokenIs401() throws Exception {
        var twoHoursAgo = new SimulatedClock(Instant.now().minus(Duration.ofHours(2)));
        String expired = new AccessTokens(SECRET, Duration.ofHours(1), twoHoursAgo).issue("admin", Role.ADMIN).token();

        HttpResponse<String> response = get(http, port, "/api/orders", expired);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"error\":\"access token expired\",\"status\":401}");
    }

    @Test void ordersWithATokenFromAnotherSecretIs401() throws Exception {
        byte[] otherSecret = "another-secret-another-secret-12345".getBytes(StandardCharsets.UTF_8);
        String foreign = new AccessTokens(otherSecret, Duration.ofHours(1), Clock.system()).issue("admin", Role.ADMIN).token();

        assertThat(get(http, port, "/api/orders", foreign).statusCode()).isEqualTo(401);
    }

    @Test void listsReflectRowsWrittenThroughTheStore() throws Exception {
        Instant t0 = Instant.parse("2026-03-01T12:00:00Z");
        store.orders().insertIfAbsent(order(1, OrderStatus.LIVE, t0));
        store.orders().insertIfAbsent(order(2, OrderStatus.FILLED, t0.plusSeconds(60)));
        store.positions().upsert(position(YES, "Yes", "100", "55", t0));
        store.positions().upsert(position(NO, "No", "40", "18", t0.plusSeconds(30)));
        store.signals().insertIfAbsent(signal("sig-a", t0));
        store.signals().insertIfAbsent(signal("sig-b", t0.plusSeconds(5)));
        String token = adminToken();

        HttpResponse<String> orders = get(http, port, "/api/orders", token);
        HttpResponse<String> positions = get(http, port, "/api/positions", token);
        HttpResponse<String> signals = get(http, port, "/api/signals?limit=1", token);

        assertThat(orders.statusCode()).isEqualTo(200);
        JsonNode orderList = json(orders);
        assertThat(orderList.size()).isEqualTo(2);
        JsonNode newest = orderList.get(0);
        assertThat(newest.get("hash").asString()).isEqualTo(hash(2).value());
        assertThat(newest.get("status").asString()).isEqualTo("FILLED");
        assertThat(newest.get("price").decimalValue()).isEqualByComparingTo("0.55");
        assertThat(newest.get("price").isNumber()).isTrue();
        assertThat(newest.get("size").decimalValue()).isEqualByComparingTo("100");
        assertThat(newest.get("token").asString()).isEqualTo(YES.value());
        assertThat(newest.get("timeInForce").asString()).isEqualTo("GTC");
        assertThat(orderList.get(1).get("hash").asString()).isEqualTo(hash(1).value());

        JsonNode positionList = json(positions);
        assertThat(positionList.size()).isEqualTo(2);
        assertThat(positionList.get(0).get("token").asString()).isEqualTo(NO.value());
        assertThat(positionList.get(0).get("costBasis").decimalValue()).isEqualByComparingTo("18");
        assertThat(positionList.get(1).get("outcome").asString()).isEqualTo("Yes");
        assertThat(positionList.get(1).get("realizedPnl").decimalValue()).isEqualByComparingTo("1.25");

        JsonNode signalList = json(signals);
        assertThat(signalList.size()).isEqualTo(1);
        assertThat(signalList.get(0).get("id").asString()).isEqualTo("sig-b");
        assertThat(signalList.get(0).get("triggerNotional").decimalValue()).isEqualByComparingTo("12500");
        assertThat(signalList.get(0).get("provenance").get("wallet").asString()).isEqualTo("0xabc");
    }

    @Test void nonsenseLimitIs400() throws Exception {
        HttpResponse<String> response = get(http, port, "/api/orders?limit=lots", adminToken());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"error\":\"limit must be a whole number, was 'lots'\",\"status\":400}");
    }

    @Test void everyResponseCarriesSecurityHeaders() throws Exception {
        for (HttpResponse<String> response : List.of(get(http, port, "/api/health", null), get(http, port, "/", null))) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .contains("default-src 'self'").contains("frame-ancestors 'none'");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
    }

    @Test void rootServesTheDashboardOrSaysItWasNotBuilt() throws Exception {
        HttpResponse<String> root = get(http, port, "/", null);
        HttpResponse<String> deepLink = get(http, port, "/trading/orders", null);

        assertThat(root.statusCode()).isEqualTo(200);
        assertThat(root.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        if (DashboardSite.fromClasspath(GatewayServer.class).built()) {
            assertThat(root.body()).contains("<div id=\"root\"></div>");
            assertThat(deepLink.statusCode()).isEqualTo(200);
            assertThat(deepLink.body()).isEqualTo(root.body());
        } else {
            assertThat(root.body()).contains("dashboard was not built");
            assertThat(deepLink.statusCode()).isEqualTo(404);
        }
    }
}
