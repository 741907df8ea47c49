package io.polybot.gateway;

import io.polybot.core.time.Clock;
import io.polybot.gateway.auth.AccessTokens;
import io.polybot.gateway.auth.Role;
import io.polybot.gateway.openapi.ApiRoute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static io.polybot.gateway.TestApi.call;
import static io.polybot.gateway.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every route Javalin registered, walked: without a token each is refused with 401 (but the few
 * public ones), a role below the route's is refused with 403, and the OpenAPI document lists
 * exactly the registered routes.
 */
class RouteSecurityTest {
    static final byte[] SECRET = "route-security-secret-0123456789ab".getBytes(StandardCharsets.UTF_8);
    static final Set<String> PUBLIC = Set.of("GET /api/health", "POST /api/auth/login", "POST /api/auth/refresh", "GET /api/openapi.json",
            "GET /");
    @TempDir static Path dataDir;
    static RunningGateway gateway;
    static final AccessTokens tokens = new AccessTokens(SECRET, Duration.ofHours(1), Clock.system());

    @BeforeAll static void start() { gateway = RunningGateway.start(dataDir, SECRET, "route-admin-password"); }

    @AfterAll static void stop() {
        if (gateway != null) gateway.close();
    }

    static List<ApiRoute> httpRoutes() {
        return gateway.server().registeredRoutes().stream().filter(r -> r.status() != 101).toList();
    }

    /** A concrete path for a route: each path parameter filled with something of the right shape. */
    static String concrete(String path) {
        return path.replace("{address}", "0x" + "ab".repeat(20)).replace("{hash}", "0x" + "cd".repeat(32))
                .replace("{id}", "1").replace("{name}", "whale-copy").replace("{username}", "someone");
    }

    static String key(ApiRoute r) { return r.method() + " " + r.path(); }

    @Test void javalinRegisteredEveryDeclaredRouteAndNothingElse() {
        Set<String> registered = new HashSet<>();
        gateway.server().registeredRoutes().forEach(r -> registered.add(key(r)));
        Set<String> declared = new HashSet<>();
        gateway.server().declaredRoutes().forEach(r -> declared.add(key(r)));

        assertThat(registered).hasSizeGreaterThan(40).isEqualTo(declared);
    }

    @Test void everyRouteButThePublicOnesRefusesAnAnonymousRequestWith401() throws Exception {
        List<String> checked = new ArrayList<>();
        for (ApiRoute route : httpRoutes()) {
            if (PUBLIC.contains(key(route))) continue;
            HttpResponse<String> response = call(gateway.port(), route.method(), concrete(route.path()), null, "{\"reason\":\"anonymous\"}");
            assertThat(response.statusCode()).as(key(route)).isEqualTo(401);
            assertThat(response.body()).as(key(route)).isEqualTo("{\"error\":\"missing bearer token\",\"status\":401}");
            checked.add(key(route));
        }
        assertThat(checked).hasSize(httpRoutes().size() - PUBLIC.size());
        assertThat(httpRoutes()).extracting(TestApiKeys::of).containsAll(PUBLIC);
    }

    @Test void theLiveSocketUpgradeRefusesAnAnonymousRequestWith401() {
        assertThat(gateway.server().registeredRoutes()).filteredOn(r -> r.status() == 101).extracting(ApiRoute::path).containsExactly("/ws");
        Throwable failure = catchThrowable(() -> HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + gateway.port() + "/ws"), new java.net.http.WebSocket.Listener() { })
                .orTimeout(10, TimeUnit.SECONDS).join());

        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        assertThat(cause).isInstanceOf(WebSocketHandshakeException.class);
        assertThat(((WebSocketHandshakeException) cause).getResponse().statusCode()).isEqualTo(401);
    }

    @Test void thePublicRoutesAnswerWithoutAToken() throws Exception {
        assertThat(call(gateway.port(), "GET", "/api/health", null, null).statusCode()).isEqualTo(200);
        assertThat(call(gateway.port(), "GET", "/api/openapi.json", null, null).statusCode()).isEqualTo(200);
        // Login and refresh answer (here: with what is wrong with the request), never "missing bearer token".
        assertThat(call(gateway.port(), "POST", "/api/auth/login", null, "{}").statusCode()).isEqualTo(400);
        assertThat(call(gateway.port(), "POST", "/api/auth/refresh", null, "{\"refreshToken\":\"nope\"}").body())
                .isEqualTo("{\"error\":\"unknown refresh token\",\"status\":401}");
    }

    @Test void aRoleBelowTheRoutesIsRefusedWith403() throws Exception {
        String viewer = tokens.issue("vera", Role.VIEWER).token();
        String trader = tokens.issue("tom", Role.TRADER).token();
        int checked = 0;
        for (ApiRoute route : gateway.server().declaredRoutes()) {
            if (route.role() == null || route.role() == Role.VIEWER) continue;
            String below = route.role() == Role.ADMIN ? trader : viewer;
            HttpResponse<String> response = call(gateway.port(), route.method(), concrete(route.path()), below, "{\"reason\":\"not mine\"}");
            assertThat(response.statusCode()).as(key(route)).isEqualTo(403);
            assertThat(response.body()).as(key(route)).isEqualTo("{\"error\":\"requires role " + route.role().wireName() + "\",\"status\":403}");
            checked++;
        }
        assertThat(checked).isEqualTo(16); // 12 trader routes, 4 admin routes
    }

    @Test void theRoleRulesOfTheConsole() {
        List<ApiRoute> routes = gateway.server().declaredRoutes();

        assertThat(roleOf(routes, "POST /api/control/kill")).isEqualTo(Role.TRADER);      // a viewer cannot kill
        assertThat(roleOf(routes, "POST /api/control/arm")).isEqualTo(Role.TRADER);
        assertThat(roleOf(routes, "PUT /api/strategies/{name}")).isEqualTo(Role.TRADER);
        assertThat(roleOf(routes, "POST /api/whales/{address}/ban")).isEqualTo(Role.TRADER);
        assertThat(roleOf(routes, "POST /api/users")).isEqualTo(Role.ADMIN);             // a trader cannot manage users
        assertThat(roleOf(routes, "DELETE /api/users/{username}")).isEqualTo(Role.ADMIN);
        assertThat(roleOf(routes, "GET /api/audit")).isEqualTo(Role.VIEWER);
        assertThat(roleOf(routes, "GET /ws")).isEqualTo(Role.VIEWER);
    }

    @Test void theOpenApiDocumentDescribesExactlyTheRegisteredRoutes() throws Exception {
        JsonNode doc = json(call(gateway.port(), "GET", "/api/openapi.json", null, null));
        Set<String> documented = new HashSet<>();
        for (var path : doc.get("paths").properties())
            for (var operation : path.getValue().properties()) documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
        Set<String> registered = new HashSet<>();
        gateway.server().registeredRoutes().forEach(r -> registered.add(key(r)));

        assertThat(doc.get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(documented).isEqualTo(registered);
        JsonNode kill = doc.get("paths").get("/api/control/kill").get("post");
        assertThat(kill.get("x-polybot-role").asString()).isEqualTo("trader");
        assertThat(kill.get("security").get(0).has("bearerAuth")).isTrue();
        assertThat(doc.get("paths").get("/api/health").get("get").get("security").size()).isZero();
        assertThat(doc.get("paths").get("/api/whales/{address}").get("get").get("parameters").get(0).get("name").asString()).isEqualTo("address");
        assertThat(doc.get("paths").get("/api/users").get("post").get("responses").has("201")).isTrue();
    }

    @Test void noCorsHeadersUnlessOriginsAreConfigured() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gateway.port() + "/api/health"))
                .header("Origin", "http://localhost:5173").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
    }

    private static Role roleOf(List<ApiRoute> routes, String key) {
        return routes.stream().filter(r -> key(r).equals(key)).findFirst().orElseThrow(() -> new AssertionError("no route " + key)).role();
    }

    /** The method-and-path key of a route, for extracting. */
    static final class TestApiKeys {
        static String of(ApiRoute r) { return key(r); }
    }
}
