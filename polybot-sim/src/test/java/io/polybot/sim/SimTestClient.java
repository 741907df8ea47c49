package io.polybot.sim;

import io.polybot.core.json.Json;
import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.order.PrivateKeySigner;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/** Plain HTTP against a running sim, plus a fresh wallet with API credentials, for the server tests. */
public final class SimTestClient {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newHttpClient();
    private final SimUrls urls;

    public SimTestClient(SimUrls urls) { this.urls = urls; }

    public record Response(int status, String body) {
        public JsonNode json() { return Json.mapper().readTree(body); }
    }

    /** A new wallet with API credentials created over L1 by the real client. */
    public record Wallet(PrivateKeySigner signer, ApiCredentials credentials, ClobClient clob) {
        public String address() { return signer.address(); }
    }

    public Wallet newWallet() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        key[0] = 0x11; // keeps the key in range of the curve order
        PrivateKeySigner signer = PrivateKeySigner.fromHex(HexFormat.of().formatHex(key));
        ClobClient anonymous = new ClobClient(urls.clob(), signer, null, SimServer.CHAIN_ID);
        ApiCredentials credentials = anonymous.createOrDeriveApiKey(0);
        return new Wallet(signer, credentials, anonymous.withCredentials(credentials));
    }

    public Response get(URI base, String pathAndQuery) { return send("GET", base + pathAndQuery, null, Map.of()); }

    public Response post(URI base, String path, String body) { return send("POST", base + path, body, Map.of()); }

    /** An L2-signed CLOB call; {@code path} is what the client signs (no {@code /clob}, no query). */
    public Response l2(String method, String path, String query, String body, String address, ApiCredentials credentials, long timestamp) {
        Map<String, String> headers = HmacAuth.l2Headers(address, credentials, Long.toString(timestamp), method, path, body);
        return send(method, urls.clob() + path + (query == null ? "" : "?" + query), body, headers);
    }

    public Response l2(String method, String path, String query, String body, Wallet wallet) {
        return l2(method, path, query, body, wallet.address(), wallet.credentials(), System.currentTimeMillis() / 1000);
    }

    public Response send(String method, String url, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
