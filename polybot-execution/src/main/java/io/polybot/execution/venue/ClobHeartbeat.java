package io.polybot.execution.venue;

import io.polybot.core.json.Json;
import io.polybot.execution.killswitch.Heartbeat;
import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.HmacAuth;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * {@code POST /v1/heartbeats} of the CLOB (PROTOCOL §3.13), the venue's dead-man switch. Kept here
 * rather than in {@code ClobClient} until the SDK offers it; it signs with the same L2 HMAC over
 * the bare path and the exact body.
 */
public final class ClobHeartbeat implements Heartbeat {
    static final String PATH = "/v1/heartbeats";

    private final String baseUrl;
    private final String signerAddress;
    private final ApiCredentials credentials;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;

    /** @param baseUrl the CLOB's base URL, as given to {@code ClobClient} (may carry a path prefix) */
    public ClobHeartbeat(URI baseUrl, String signerAddress, ApiCredentials credentials, HttpClient http, Clock clock, Duration timeout) {
        String base = baseUrl.toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.signerAddress = signerAddress;
        this.credentials = credentials;
        this.http = http;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override public String beat(String previousId) {
        String body = Json.write(Map.of("heartbeat_id", previousId == null ? "" : previousId));
        Map<String, String> headers = HmacAuth.l2Headers(signerAddress, credentials, Long.toString(clock.instant().getEpochSecond()),
                "POST", PATH, body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + PATH)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new VenueException("heartbeat failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VenueException("heartbeat interrupted", e);
        }
        if (response.statusCode() / 100 != 2) throw new VenueException("heartbeat refused: HTTP " + response.statusCode() + " " + response.body());
        try {
            JsonNode id = Json.mapper().readTree(response.body()).get("heartbeat_id");
            return id == null || id.isNull() ? "" : id.asString();
        } catch (JacksonException e) {
            throw new VenueException("heartbeat answer is not JSON: " + response.body(), e);
        }
    }
}
