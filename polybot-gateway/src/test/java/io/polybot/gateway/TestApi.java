package io.polybot.gateway;

import io.polybot.core.json.Json;
import io.polybot.gateway.auth.PasswordHasher;
import io.polybot.gateway.auth.Role;
import io.polybot.gateway.auth.Totp;
import io.polybot.store.Store;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP calls and signed-in users for the gateway's API tests. */
public final class TestApi {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final PasswordHasher HASHER = new PasswordHasher();

    private TestApi() {}

    /** Any method, with an optional bearer token and an optional JSON body. */
    public static HttpResponse<String> call(int port, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) { return Json.mapper().readTree(response.body()); }

    /** Creates the user in the store, as an admin would. */
    public static void createUser(Store store, String username, String password, Role role) {
        store.users().create(username, HASHER.hash(password), role.wireName());
    }

    /** Signs in and returns the whole login answer. */
    public static JsonNode login(int port, String username, String password) throws Exception {
        HttpResponse<String> response = call(port, "POST", "/api/auth/login", null,
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    public static String accessToken(int port, String username, String password) throws Exception {
        return login(port, username, password).get("accessToken").asString();
    }

    /** Gives the user an active authenticator straight through the store; returns its base32 secret. */
    public static String enrolTotp(Store store, String username) {
        String secret = new Totp().newSecret();
        store.users().startTotpEnrolment(username, secret);
        assertThat(store.users().activateTotp(username, secret, 0)).isTrue();
        return secret;
    }

    /** The code of the step {@code stepsAhead} from now: each step's code is accepted once, so a second call in a test uses the next. */
    public static String code(String secret, int stepsAhead) {
        return Totp.codeAt(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS * stepsAhead));
    }
}
