package io.polybot.app.killswitch;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.demo.DemoMode;
import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.json.Json;
import io.polybot.core.market.Market;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.gateway.auth.Totp;
import io.polybot.sim.world.WalletType;
import io.polybot.store.repo.AuditEntry;
import io.polybot.store.repo.RiskDecisionRecord;
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
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The kill switch end to end on the running demo: the API engages it, every role reports HALTED,
 * the strategy falls silent on the next whale trade, and a signal that still reaches execution
 * is denied TRADING_HALTED without an order. Release is its own audited call.
 */
class KillSwitchEndToEndTest {
    static final String PASSWORD = "kill-test-password-1";
    @TempDir Path dataDir;
    final HttpClient http = HttpClient.newHttpClient();
    String api;
    String token;

    @Test void aKillThroughTheApiHaltsEveryRoleAndNoOrderFollows() throws Exception {
        PolybotConfig cfg = PolybotConfig.load(null, Map.of("polybot.data-dir", dataDir.toString(), "polybot.gateway.port", 0,
                "polybot.admin-password", PASSWORD, "polybot.execution.status-interval", "1s"));
        try (DemoMode demo = DemoMode.start(cfg, new PrintStream(new ByteArrayOutputStream(), true))) {
            api = "http://127.0.0.1:" + demo.gatewayPort();
            token = login();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(roleStates(control()))
                    .containsEntry("execution", "ACTIVE").containsEntry("strategy", "ACTIVE"));

            HttpResponse<String> kill = call("POST", "/api/control/kill", "{\"reason\":\"end-to-end drill\"}");
            assertThat(kill.statusCode()).isEqualTo(200);

            JsonNode state = control();
            assertThat(state.path("tradingState").asString()).isEqualTo("HALTED");
            assertThat(state.path("reason").asString()).isEqualTo("end-to-end drill");
            assertThat(state.path("by").asString()).isEqualTo("admin");
            assertThat(state.path("riskLimits").path("maxSlippage").asString()).isEqualTo("0.03");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(roleStates(control()))
                    .containsEntry("execution", "HALTED").containsEntry("strategy", "HALTED"));
            int ordersBefore = Json.mapper().readTree(call("GET", "/api/orders", null).body()).size();

            // The whale trades: its trade is recorded, but the halted strategy emits no signal.
            WalletAddress whale = demo.sim().truth().walletTypes().entrySet().stream()
                    .filter(e -> e.getValue() == WalletType.INFORMED).map(Map.Entry::getKey).findFirst().orElseThrow();
            int whaleTradesBefore = demo.store().walletTrades().byWallet(whale, 1000).size();
            int signalsBefore = Json.mapper().readTree(call("GET", "/api/signals", null).body()).size();
            HttpResponse<String> trigger = http.send(HttpRequest.newBuilder(URI.create(demo.sim().baseUrls().sim() + "/whale-trade"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(trigger.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).until(() -> demo.store().walletTrades().byWallet(whale, 1000).size() > whaleTradesBefore);

            // A signal that reaches execution anyway (here: a dead letter retried through the API) is denied.
            Market market = demo.store().markets().all().getFirst();
            Instant now = Instant.now();
            Signal late = new Signal(new SignalId("late-signal"), "whale-copy", market.conditionId(), market.tokens().getFirst().tokenId(),
                    market.tokens().getFirst().outcome(), Side.BUY, Price.of("0.5"), Usd.of("12000"), "drill", Map.of(), now);
            long letter = demo.store().deadLetters().insert(new DeadLetter("late-signal", "signals", "execution", "signal", "drill", 1,
                    EnvelopeCodec.encode(Envelope.of("strategy", now, now, late).withId("late-signal")), now));
            assertThat(call("POST", "/api/dead-letters/" + letter + "/retry", null).statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(demo.store().riskDecisions().forSignal(late.id()))
                    .extracting(RiskDecisionRecord::code).containsExactly("TRADING_HALTED"));

            assertThat(Json.mapper().readTree(call("GET", "/api/signals", null).body()).size()).isEqualTo(signalsBefore);
            assertThat(Json.mapper().readTree(call("GET", "/api/orders", null).body()).size()).isEqualTo(ordersBefore);
            assertThat(demo.store().orders().findBySignal(late.id())).isEmpty();

            // Releasing needs the second factor: without it, 403; with a code of the enrolled authenticator, done.
            assertThat(call("POST", "/api/control/release", "{\"reason\":\"drill over\"}").statusCode()).isEqualTo(403);
            String secret = Json.mapper().readTree(call("POST", "/api/auth/totp/enrol", null).body()).path("secret").asString();
            assertThat(call("POST", "/api/auth/totp/verify", "{\"code\":\"" + Totp.codeAt(secret, Instant.now()) + "\"}").statusCode())
                    .isEqualTo(200);
            // The next step's code: the one just verified is spent.
            HttpResponse<String> release = call("POST", "/api/control/release",
                    "{\"reason\":\"drill over\", \"totp\":\"" + Totp.codeAt(secret, Instant.now().plusSeconds(Totp.STEP_SECONDS)) + "\"}");
            assertThat(release.statusCode()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(roleStates(control()))
                    .containsEntry("execution", "ACTIVE").containsEntry("strategy", "ACTIVE"));
            assertThat(demo.store().auditLog().recent(50)).extracting(AuditEntry::action)
                    .contains("control.kill", "killswitch.cancel-all", "dlq.retry", "control.release");
        }
    }

    private JsonNode control() throws Exception {
        HttpResponse<String> response = call("GET", "/api/control", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private static Map<String, String> roleStates(JsonNode state) {
        Map<String, String> out = new java.util.HashMap<>();
        for (JsonNode role : state.path("roles")) out.put(role.path("role").asString(), role.path("state").asString());
        return out;
    }

    private String login() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return Json.mapper().readTree(response.body()).path("accessToken").asString();
    }

    private HttpResponse<String> call(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
