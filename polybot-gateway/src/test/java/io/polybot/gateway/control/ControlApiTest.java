package io.polybot.gateway.control;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.json.Json;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingStatus;
import io.polybot.gateway.GatewayServer;
import io.polybot.gateway.RunningGateway;
import io.polybot.gateway.TestApi;
import io.polybot.gateway.auth.AccessTokens;
import io.polybot.gateway.auth.Role;
import io.polybot.store.Store;
import io.polybot.store.repo.AuditEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The kill switch, risk and dead-letter API over real HTTP, with embedded PostgreSQL and the in-memory bus. */
class ControlApiTest {
    static final byte[] SECRET = "control-secret-control-secret-12345".getBytes(StandardCharsets.UTF_8);
    @TempDir static Path dataDir;
    static RunningGateway gateway;
    static Store store;
    static InMemoryBus bus;
    static GatewayServer server;
    static int port;
    static final List<Envelope<?>> control = new CopyOnWriteArrayList<>();
    static final List<Envelope<?>> signals = new CopyOnWriteArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();
    static final AccessTokens tokens = new AccessTokens(SECRET, Duration.ofHours(1), Clock.system());
    static final String viewer = tokens.issue("vera", Role.VIEWER).token();
    static final String trader = tokens.issue("tom", Role.TRADER).token();
    /** A trader who never enrolled an authenticator. */
    static final String newTrader = tokens.issue("nora", Role.TRADER).token();
    static String tomsSecret;
    /** Arms in its own test: each code is accepted once per user, whatever order the tests run in. */
    static final String armer = tokens.issue("tess", Role.TRADER).token();
    static String tessSecret;

    @BeforeAll static void start() {
        gateway = RunningGateway.start(dataDir, SECRET, "admin-password-123", b -> {
            b.subscribe(Topic.CONTROL, "test", control::add);
            b.subscribe(Topic.SIGNALS, "test", signals::add);
        });
        store = gateway.store();
        bus = gateway.bus();
        server = gateway.server();
        port = gateway.port();
        TestApi.createUser(store, "tom", "tom-password-123", Role.TRADER);
        TestApi.createUser(store, "vera", "vera-password-123", Role.VIEWER);
        TestApi.createUser(store, "nora", "nora-password-123", Role.TRADER);
        tomsSecret = TestApi.enrolTotp(store, "tom");
        TestApi.createUser(store, "tess", "tess-password-123", Role.TRADER);
        tessSecret = TestApi.enrolTotp(store, "tess");
    }

    @AfterAll static void stop() {
        if (gateway != null) gateway.close();
    }

    @BeforeEach void clear() {
        store.jdbi().useHandle(h -> h.execute("TRUNCATE audit_log, dead_letters"));
        control.clear();
        signals.clear();
    }

    static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) request.header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) { return Json.mapper().readTree(response.body()); }

    List<ControlCommand> commands() {
        return control.stream().map(Envelope::payload).filter(ControlCommand.class::isInstance).map(ControlCommand.class::cast).toList();
    }

    List<String> auditActions() { return store.auditLog().recent(20).stream().map(AuditEntry::action).toList(); }

    @Test void aTraderKillsWithAReasonAndTheStateSaysHalted() throws Exception {
        HttpResponse<String> kill = call("POST", "/api/control/kill", trader, "{\"reason\":\"venue acting up\"}");

        assertThat(kill.statusCode()).isEqualTo(200);
        assertThat(json(kill).get("action").asString()).isEqualTo("KILL");
        await().untilAsserted(() -> assertThat(commands()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(ControlCommand.Action.KILL);
            assertThat(c.actor()).isEqualTo("tom");
            assertThat(c.reason()).isEqualTo("venue acting up");
        }));
        JsonNode state = json(call("GET", "/api/control", viewer, null));
        assertThat(state.get("tradingState").asString()).isEqualTo("HALTED");
        assertThat(state.get("reason").asString()).isEqualTo("venue acting up");
        assertThat(state.get("by").asString()).isEqualTo("tom");
        assertThat(state.get("liveArmed").asBoolean()).isFalse();
        assertThat(store.auditLog().recent(5)).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("tom");
            assertThat(e.action()).isEqualTo("control.kill");
            assertThat(e.detail()).isEqualTo("venue acting up");
        });

        // Releasing is its own action, audited separately.
        HttpResponse<String> release = call("POST", "/api/control/release", trader,
                "{\"reason\":\"venue fixed\", \"totp\":\"" + TestApi.code(tomsSecret, 0) + "\"}");
        assertThat(release.statusCode()).isEqualTo(200);
        assertThat(json(call("GET", "/api/control", viewer, null)).get("tradingState").asString()).isEqualTo("ACTIVE");
        assertThat(auditActions()).contains("control.kill", "control.release");
        await().untilAsserted(() -> assertThat(commands()).extracting(ControlCommand::action)
                .containsExactly(ControlCommand.Action.KILL, ControlCommand.Action.RELEASE));
    }

    @Test void releaseAndArmNeedAValidUnusedTotpCode() throws Exception {
        HttpResponse<String> missing = call("POST", "/api/control/release", trader, "{\"reason\":\"go\"}");
        HttpResponse<String> wrong = call("POST", "/api/control/arm", trader, "{\"reason\":\"go\", \"totp\":\"000000\"}");
        HttpResponse<String> notEnrolled = call("POST", "/api/control/arm", newTrader, "{\"reason\":\"go\", \"totp\":\"123456\"}");

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(missing.body()).isEqualTo("{\"error\":\"a valid TOTP code is required in the field \\\"totp\\\"\",\"status\":403}");
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(json(wrong).get("error").asString()).startsWith("a valid TOTP code is required");
        assertThat(notEnrolled.statusCode()).isEqualTo(403);
        assertThat(json(notEnrolled).get("error").asString()).contains("enrol a TOTP authenticator in Settings");
        assertThat(commands()).isEmpty();

        String code = TestApi.code(tessSecret, 0);
        HttpResponse<String> arm = call("POST", "/api/control/arm", armer, "{\"reason\":\"going live\", \"totp\":\"" + code + "\"}");
        HttpResponse<String> replay = call("POST", "/api/control/arm", armer, "{\"reason\":\"again\", \"totp\":\"" + code + "\"}");
        HttpResponse<String> disarm = call("POST", "/api/control/disarm", armer, "{\"reason\":\"enough\"}");

        assertThat(arm.statusCode()).isEqualTo(200);
        assertThat(json(arm).get("action").asString()).isEqualTo("ARM");
        assertThat(replay.statusCode()).isEqualTo(403);
        assertThat(json(replay).get("error").asString()).endsWith("that code was already used, wait for the next one");
        assertThat(disarm.statusCode()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(commands()).extracting(ControlCommand::action)
                .containsExactly(ControlCommand.Action.ARM, ControlCommand.Action.DISARM));
        assertThat(commands().getFirst().actor()).isEqualTo("tess");
        assertThat(auditActions()).containsExactly("control.disarm", "control.arm");
        assertThat(call("POST", "/api/control/disarm", viewer, "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
    }

    @Test void theStateNamesExecutionsMode() throws Exception {
        Instant now = Instant.now();
        bus.publish(Topic.CONTROL, Envelope.of("test", now, now, new TradingStatus("execution", "e-mode", TradingState.ACTIVE, "initial state",
                null, "startup", "paper", false, Map.of(), now)));

        await().untilAsserted(() -> assertThat(json(call("GET", "/api/control", viewer, null)).get("mode").asString()).isEqualTo("paper"));
    }

    @Test void aKillWithoutAReasonIs400AndPublishesNothing() throws Exception {
        HttpResponse<String> noReason = call("POST", "/api/control/kill", trader, "{}");
        HttpResponse<String> blank = call("POST", "/api/control/kill", trader, "{\"reason\":\"  \"}");
        HttpResponse<String> releaseNoReason = call("POST", "/api/control/release", trader, "{}");

        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).isEqualTo("{\"error\":\"a reason is required: {\\\"reason\\\": \\\"...\\\"}\",\"status\":400}");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(releaseNoReason.statusCode()).isEqualTo(400);
        assertThat(commands()).isEmpty();
    }

    @Test void aViewerMayLookButNotKillReleaseOrChangeRisk() throws Exception {
        assertThat(call("GET", "/api/control", viewer, null).statusCode()).isEqualTo(200);
        HttpResponse<String> kill = call("POST", "/api/control/kill", viewer, "{\"reason\":\"curious\"}");
        assertThat(kill.statusCode()).isEqualTo(403);
        assertThat(kill.body()).isEqualTo("{\"error\":\"requires role trader\",\"status\":403}");
        assertThat(call("POST", "/api/control/release", viewer, "{\"reason\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(call("PUT", "/api/control/risk", viewer, "{\"maxSlippage\":\"0.02\"}").statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/dead-letters/1/retry", viewer, null).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/dead-letters/1/discard", viewer, null).statusCode()).isEqualTo(403);
        assertThat(commands()).isEmpty();
    }

    @Test void aRiskChangeIsValidatedPublishedAsSetParametersAndAudited() throws Exception {
        HttpResponse<String> change = call("PUT", "/api/control/risk", trader, "{\"maxSlippage\": 0.020, \"maxBookAge\": \"PT45S\"}");

        assertThat(change.statusCode()).isEqualTo(202);
        await().untilAsserted(() -> assertThat(commands()).singleElement().satisfies(c -> {
            assertThat(c.action()).isEqualTo(ControlCommand.Action.SET_PARAMETERS);
            assertThat(c.parameters()).isEqualTo(Map.of("maxSlippage", "0.02", "maxBookAge", "PT45S"));
        }));
        assertThat(auditActions()).containsExactly("control.risk");
    }

    @Test void anInvalidRiskChangeIs400WithWhatIsWrong() throws Exception {
        HttpResponse<String> outOfRange = call("PUT", "/api/control/risk", trader, "{\"maxSlippage\":\"1.5\"}");
        HttpResponse<String> unknown = call("PUT", "/api/control/risk", trader, "{\"maxLeverage\":\"3\"}");
        HttpResponse<String> empty = call("PUT", "/api/control/risk", trader, "{}");

        assertThat(outOfRange.statusCode()).isEqualTo(400);
        assertThat(json(outOfRange).get("error").asString()).isEqualTo("maxSlippage must be in (0, 1], was 1.5");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).get("error").asString()).startsWith("unknown risk parameter 'maxLeverage'; known: equity, maxPositionShare");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(commands()).isEmpty();
        assertThat(auditActions()).isEmpty();
    }

    @Test void theStateShowsEveryRolesReportAndTheLimitsOfExecution() throws Exception {
        Instant now = Instant.now();
        bus.publish(Topic.CONTROL, Envelope.of("test", now, now, new TradingStatus("strategy", "s1", TradingState.ACTIVE, "initial state",
                null, "startup", "", false, Map.of(), now)));
        bus.publish(Topic.CONTROL, Envelope.of("test", now, now, new TradingStatus("execution", "e1", TradingState.ACTIVE, "initial state",
                null, "startup", "sim", false, Map.of("maxSlippage", "0.03"), now)));

        await().untilAsserted(() -> {
            JsonNode state = json(call("GET", "/api/control", viewer, null));
            assertThat(state.get("roles").size()).isGreaterThanOrEqualTo(2);
            assertThat(state.get("riskLimits").get("maxSlippage").asString()).isEqualTo("0.03");
        });
    }

    @Test void aDeadLetterIsListedRetriedToItsTopicAndThenNoLongerOpen() throws Exception {
        Instant now = Instant.now();
        Signal signal = new Signal(new SignalId("sig-dlq"), "whale-copy", new ConditionId("0x" + "ab".repeat(32)), new TokenId("1"), "Yes",
                Side.BUY, Price.of("0.5"), Usd.of("12500"), "test", Map.of(), now);
        Envelope<Signal> original = Envelope.of("strategy", now, now, signal).withId("sig-dlq");
        long id = store.deadLetters().insert(new DeadLetter("sig-dlq", "signals", "execution", "signal", "insufficient balance", 1,
                EnvelopeCodec.encode(original), now));

        JsonNode list = json(call("GET", "/api/dead-letters", viewer, null));
        assertThat(list).anySatisfy(l -> {
            assertThat(l.get("id").asLong()).isEqualTo(id);
            assertThat(l.get("error").asString()).isEqualTo("insufficient balance");
            assertThat(l.get("topic").asString()).isEqualTo("signals");
        });

        HttpResponse<String> retry = call("POST", "/api/dead-letters/" + id + "/retry", trader, null);
        assertThat(retry.statusCode()).isEqualTo(200);
        await().untilAsserted(() -> assertThat(signals).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("sig-dlq");
            assertThat(e.payload()).isEqualTo(signal);
        }));
        assertThat(store.deadLetters().open()).isEmpty();
        assertThat(auditActions()).containsExactly("dlq.retry");
        assertThat(call("POST", "/api/dead-letters/" + id + "/retry", trader, null).statusCode()).isEqualTo(404);
    }

    @Test void aDiscardedDeadLetterIsClosedAndAudited() throws Exception {
        Instant now = Instant.now();
        long id = store.deadLetters().insert(new DeadLetter("x", "md.trades", "strategy.recorder", "wallet-trade", "bad price", 5,
                "{not json", now));

        HttpResponse<String> retry = call("POST", "/api/dead-letters/" + id + "/retry", trader, null);
        assertThat(retry.statusCode()).isEqualTo(422);
        assertThat(json(retry).get("error").asString()).startsWith("cannot re-publish dead letter #" + id + ": malformed envelope");

        HttpResponse<String> discard = call("POST", "/api/dead-letters/" + id + "/discard", trader, null);
        assertThat(discard.statusCode()).isEqualTo(200);
        assertThat(json(discard).get("id").asLong()).isEqualTo(id);
        assertThat(store.deadLetters().open()).isEmpty();
        assertThat(auditActions()).containsExactly("dlq.discard");
        assertThat(call("POST", "/api/dead-letters/abc/discard", trader, null).statusCode()).isEqualTo(400);
    }
}
