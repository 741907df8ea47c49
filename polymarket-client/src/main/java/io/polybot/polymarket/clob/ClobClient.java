package io.polybot.polymarket.clob;

import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.ClobAuthSigner;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.JsonText;
import io.polybot.polymarket.order.OrderSigner;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.PostOrderBody;
import io.polybot.polymarket.order.SignedClobOrder;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * REST client of the Polymarket CLOB (PROTOCOL §2 and §4) over {@link HttpClient}.
 *
 * <p>The base URL may carry a path prefix (e.g. {@code http://127.0.0.1:8080/clob}); the L2
 * HMAC always covers the bare endpoint path ({@code /order}) and the exact body bytes sent.
 * Thread-safe; blocking calls are meant for virtual threads.
 */
public final class ClobClient {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String baseUrl;
    private final OrderSigner signer;
    private final ApiCredentials creds;
    private final long chainId;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final ClobResponses responses = new ClobResponses();

    /** {@code creds} may be null until {@link #createOrDeriveApiKey} has been called. */
    public ClobClient(URI baseUrl, OrderSigner signer, ApiCredentials creds, long chainId) {
        this(baseUrl, signer, creds, chainId,
                HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build(), Clock.systemUTC(), DEFAULT_TIMEOUT);
    }

    public ClobClient(URI baseUrl, OrderSigner signer, ApiCredentials creds, long chainId,
            HttpClient http, Clock clock, Duration requestTimeout) {
        String base = Objects.requireNonNull(baseUrl, "baseUrl").toString();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.signer = Objects.requireNonNull(signer, "signer");
        this.creds = creds;
        this.chainId = chainId;
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    /** The same client authenticated with {@code credentials}. */
    public ClobClient withCredentials(ApiCredentials credentials) {
        return new ClobClient(URI.create(baseUrl), signer, credentials, chainId, http, clock, timeout);
    }

    public ApiCredentials credentials() {
        return creds;
    }

    /** {@code GET /book?token_id=}. */
    public OrderBookSummary getBook(String tokenId) {
        String body = expectOk(call("GET", "/book", "token_id=" + encode(tokenId), null, Map.of()), "GET /book");
        return OrderBookSummary.parse(body);
    }

    /** {@code GET /time}: the venue's Unix time in seconds. */
    public long getServerTime() {
        String body = expectOk(call("GET", "/time", null, null, Map.of()), "GET /time").trim();
        if (body.length() > 1 && body.startsWith("\"") && body.endsWith("\"")) body = body.substring(1, body.length() - 1);
        try {
            return Long.parseLong(body);
        } catch (NumberFormatException e) {
            throw new ClobException("GET /time: not an integer: " + abbreviate(body), 200, e);
        }
    }

    /** {@code GET /version}: the order version the venue expects (2 when not stated). */
    public int getVersion() {
        JsonNode n = Json.parse(expectOk(call("GET", "/version", null, null, Map.of()), "GET /version"), "GET /version");
        JsonNode v = n.get("version");
        return v == null || v.isNull() ? 2 : (int) Json.longValue(n, "version", "GET /version");
    }

    /** Creates API credentials for (signer, nonce), or derives the existing ones. */
    public ApiCredentials createOrDeriveApiKey(long nonce) {
        Response created = call("POST", "/auth/api-key", null, null, l1Headers(nonce));
        if (created.isOk()) {
            ApiCredentials c = responses.credentialsOrNull(created.body());
            if (c != null) return c;
        }
        // Creating fails (400) when a key already exists for this nonce; deriving returns it.
        Response derived = call("GET", "/auth/derive-api-key", null, null, l1Headers(nonce));
        ApiCredentials c = derived.isOk() ? responses.credentialsOrNull(derived.body()) : null;
        if (c == null)
            throw new ClobException("could not create or derive an API key: HTTP " + derived.status() + " "
                    + responses.errorMessage(derived.body()), derived.status(), null);
        return c;
    }

    /** {@code POST /order}, classified into Accepted / Rejected / Unknown; never throws for venue trouble. */
    public PostOrderResult postOrder(SignedClobOrder order, OrderType type, boolean postOnly) {
        return postOrder(order, type, postOnly, false);
    }

    /**
     * {@code POST /order} with the {@code deferExec} flag. Throws {@link IllegalArgumentException}
     * for postOnly with FOK/FAK (the venue rejects it; the official clients refuse it locally).
     */
    public PostOrderResult postOrder(SignedClobOrder order, OrderType type, boolean postOnly, boolean deferExec) {
        if (postOnly && (type == OrderType.FOK || type == OrderType.FAK))
            throw new IllegalArgumentException("postOnly is only allowed with GTC and GTD orders, not " + type);
        String body = PostOrderBody.toJson(order, requireCreds().apiKey(), type, postOnly, deferExec);
        Response response;
        try {
            response = send("POST", "/order", null, body, l2Headers("POST", "/order", body));
        } catch (IOException e) {
            return new PostOrderResult.Unknown(order.orderHash(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PostOrderResult.Unknown(order.orderHash(), e);
        }
        return responses.postOrderResult(order.orderHash(), response.status(), response.body());
    }

    /** {@code DELETE /order} for one order id. */
    public CancelResult cancelOrder(String orderId) {
        String body = new JsonText().beginObject().field("orderID", orderId).endObject().toString();
        return cancel("/order", body);
    }

    /** {@code DELETE /cancel-all}: cancels every open order of this API key. */
    public CancelResult cancelAll() {
        return cancel("/cancel-all", null);
    }

    private CancelResult cancel(String path, String body) {
        Response r = call("DELETE", path, null, body, l2Headers("DELETE", path, body));
        return responses.cancelResult(expectOk(r, "DELETE " + path));
    }

    private Map<String, String> l1Headers(long nonce) {
        return new ClobAuthSigner().l1Headers(signer, chainId, clock.instant().getEpochSecond(), nonce);
    }

    private Map<String, String> l2Headers(String method, String path, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return HmacAuth.l2Headers(signer.address(), requireCreds(), timestamp, method, path, body);
    }

    private ApiCredentials requireCreds() {
        if (creds == null) throw new IllegalStateException("no API credentials: call createOrDeriveApiKey first");
        return creds;
    }

    private Response call(String method, String path, String query, String body, Map<String, String> headers) {
        try {
            return send(method, path, query, body, headers);
        } catch (IOException e) {
            throw new ClobException(method + " " + path + " failed: " + e, 0, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClobException(method + " " + path + " interrupted", 0, e);
        }
    }

    private Response send(String method, String path, String query, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        URI uri = URI.create(baseUrl + path + (query == null ? "" : "?" + query));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "*/*")
                .header("Content-Type", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(response.statusCode(), response.body());
    }

    private String expectOk(Response r, String what) {
        if (!r.isOk())
            throw new ClobException(what + ": HTTP " + r.status() + " " + responses.errorMessage(r.body()), r.status(), null);
        return r.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }

    record Response(int status, String body) {
        boolean isOk() {
            return status >= 200 && status < 300;
        }
    }
}
