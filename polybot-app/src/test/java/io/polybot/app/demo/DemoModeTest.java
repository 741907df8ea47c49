package io.polybot.app.demo;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end in one process: the simulated venue, ingest over RTDS, the whale strategy, risk,
 * a signed order posted to the sim, persistence in embedded PostgreSQL, and the REST API.
 */
class DemoModeTest {
    static final String PASSWORD = "demo-test-password-1";
    @TempDir Path dataDir;
    final HttpClient http = HttpClient.newHttpClient();

    @Test void aWhaleTradeIsCopiedFilledAndShownThroughTheApi() throws Exception {
        PolybotConfig cfg = PolybotConfig.load(null, Map.of(
                "polybot.data-dir", dataDir.toString(),
                "polybot.gateway.port", 0,
                "polybot.admin-password", PASSWORD));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        try (DemoMode demo = DemoMode.start(cfg, new PrintStream(console, true))) {
            String api = "http://127.0.0.1:" + demo.gatewayPort();
            assertThat(get(api + "/api/health", null).statusCode()).isEqualTo(200);
            assertThat(get(api + "/api/orders", null).statusCode()).isEqualTo(401);
            String token = login(api);

            // The whale trades on the simulated venue; Polybot only learns of it from the RTDS feed.
            HttpResponse<String> trigger = http.send(HttpRequest.newBuilder(URI.create(demo.sim().baseUrls().sim() + "/whale-trade"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(trigger.statusCode()).isEqualTo(200);

            AtomicReference<JsonNode> filled = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                JsonNode orders = Json.mapper().readTree(get(api + "/api/orders", token).body());
                JsonNode order = null;
                for (JsonNode o : orders) if ("FILLED".equals(o.path("status").asString())) order = o;
                assertThat(order).as("a FILLED order in %s", orders).isNotNull();
                filled.set(order);
            });
            JsonNode order = filled.get();
            assertThat(order.path("signalId").asString()).isNotBlank();
            assertThat(order.path("side").asString()).isEqualTo("BUY");
            assertThat(order.path("hash").asString()).matches("0x[0-9a-f]{64}");

            JsonNode signals = Json.mapper().readTree(get(api + "/api/signals", token).body());
            assertThat(signals).anySatisfy(s -> assertThat(s.path("id").asString()).isEqualTo(order.path("signalId").asString()));

            JsonNode positions = Json.mapper().readTree(get(api + "/api/positions", token).body());
            assertThat(positions).anySatisfy(p -> {
                assertThat(p.path("token").asString()).isEqualTo(order.path("token").asString());
                assertThat(p.path("size").decimalValue()).isEqualByComparingTo(order.path("filled").decimalValue());
            });
            assertThat(console.toString()).contains("Polybot demo is running");
        }
    }

    private String login(String api) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body()).path("accessToken").asString();
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
