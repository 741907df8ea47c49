package io.polybot.polymarket.clob;

import static io.polybot.polymarket.internal.RestTransport.query;

import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.ClobAuthSigner;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.http.EndpointFamily;
import io.polybot.polymarket.http.PolymarketRateLimits;
import io.polybot.polymarket.http.RateLimiter;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.http.SignerRateBuckets;
import io.polybot.polymarket.http.Sleeper;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.JsonText;
import io.polybot.polymarket.internal.RestTransport;
import io.polybot.polymarket.internal.RestTransport.Admission;
import io.polybot.polymarket.internal.RestTransport.Answered;
import io.polybot.polymarket.internal.RestTransport.Call;
import io.polybot.polymarket.internal.RestTransport.NoAnswer;
import io.polybot.polymarket.internal.RestTransport.Outcome;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderSigner;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.SignedClobOrder;
import io.polybot.polymarket.parse.RowReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * REST client of the Polymarket CLOB (PROTOCOL §2 and §4) over {@link HttpClient}: public market
 * data, L1 key management, and the L2 account endpoints (orders, cancels, ledger, balances,
 * notifications, heartbeat).
 *
 * <p>The base URL may carry a path prefix (e.g. {@code http://127.0.0.1:8080/clob}); the L2
 * HMAC always covers the bare endpoint path ({@code /order}) and the exact body bytes sent.
 *
 * <p>Every call waits for its endpoint family's client-side budget ({@link PolymarketRateLimits},
 * half of each published limit), and order posts and cancels also wait for the signer's
 * {@link SignerRateBuckets} (announced per-signer token buckets). Reads and cancels are retried after no answer, a 5xx or a 429
 * ({@code Retry-After} honoured); {@code POST /order(s)} is retried only by re-posting the very
 * same signed body, never re-signed. Failures are typed: {@link ClobRejectedException} (the venue
 * said no) versus {@link ClobNoAnswerException} (it may have happened); order posts return
 * {@link PostOrderResult}s instead. Thread-safe; blocking calls are meant for virtual threads.
 */
public final class ClobClient {
    /** Most orders one {@code POST /orders} may carry; longer lists are sent as several batches. */
    public static final int MAX_BATCH_ORDERS = 15;
    /** Most order ids one {@code DELETE /orders} may carry; longer lists are sent as several calls. */
    public static final int MAX_CANCEL_IDS = 1000;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final URI baseUri;
    private final OrderSigner signer;
    private final ApiCredentials creds;
    private final long chainId;
    private final HttpClient http;
    private final Clock clock;
    private final Duration timeout;
    private final RateLimiter limiter;
    private final RetryPolicy retry;
    private final Sleeper sleeper;
    private final SignerRateBuckets buckets;
    private final RestTransport transport;
    final ClobResponses responses = new ClobResponses();
    final RowReader rows = new RowReader();
    private final AtomicReference<String> heartbeatId = new AtomicReference<>("");

    /** {@code creds} may be null until {@link #createOrDeriveApiKey} has been called. */
    public ClobClient(URI baseUrl, OrderSigner signer, ApiCredentials creds, long chainId) {
        this(baseUrl, signer, creds, chainId,
                HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build(), Clock.systemUTC(), DEFAULT_TIMEOUT);
    }

    public ClobClient(URI baseUrl, OrderSigner signer, ApiCredentials creds, long chainId,
            HttpClient http, Clock clock, Duration requestTimeout) {
        this(baseUrl, signer, creds, chainId, http, clock, requestTimeout, RateLimiter.system(), RetryPolicy.DEFAULT, Sleeper.SYSTEM);
    }

    /** Full control: {@code clock} stamps L1/L2 headers; {@code limiter} and {@code sleeper} pace and back off. */
    public ClobClient(URI baseUrl, OrderSigner signer, ApiCredentials creds, long chainId, HttpClient http, Clock clock,
            Duration requestTimeout, RateLimiter limiter, RetryPolicy retry, Sleeper sleeper) {
        this(baseUrl, signer, creds, chainId, http, clock, requestTimeout, limiter, retry, sleeper,
                new SignerRateBuckets(SignerRateBuckets.Settings.DEFAULT, clock, sleeper));
    }

    /** Full control including the signer's order and cancel buckets (share one instance per signer). */
    public ClobClient(URI baseUrl, OrderSigner signer, ApiCredentials creds, long chainId, HttpClient http, Clock clock,
            Duration requestTimeout, RateLimiter limiter, RetryPolicy retry, Sleeper sleeper, SignerRateBuckets buckets) {
        this.baseUri = Objects.requireNonNull(baseUrl, "baseUrl");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.creds = creds;
        this.chainId = chainId;
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        this.transport = new RestTransport(baseUrl, http, requestTimeout, limiter, retry, sleeper, buckets::onRateLimitWarning);
    }

    /** The same client authenticated with {@code credentials} (sharing its rate-limit budgets). */
    public ClobClient withCredentials(ApiCredentials credentials) {
        return new ClobClient(baseUri, signer, credentials, chainId, http, clock, timeout, limiter, retry, sleeper, buckets);
    }

    /** Liquidity-rewards endpoints ({@code /rewards/...}). */
    public ClobRewards rewards() {
        return new ClobRewards(this);
    }

    /** Read-only and builder API keys, and builder fee rates. */
    public ClobApiKeys apiKeys() {
        return new ClobApiKeys(this);
    }

    /** The signer's order and cancel buckets (and the count of rate-limit warnings). */
    public SignerRateBuckets rateBuckets() {
        return buckets;
    }

    public ApiCredentials credentials() {
        return creds;
    }

    /** Rows of list responses that failed to parse since this client was created. */
    public long parseErrors() {
        return rows.errorCount();
    }

    // ---- public market data (§4.1) ----

    /** {@code GET /book?token_id=}. */
    public OrderBookSummary getBook(String tokenId) {
        return OrderBookSummary.parse(get("/book", query("token_id", tokenId), PolymarketRateLimits.BOOK));
    }

    /** {@code POST /books}: the books of several tokens in one call. */
    public List<OrderBookSummary> getBooks(List<String> tokenIds) {
        String body = publicPost("/books", tokenArray(tokenIds), PolymarketRateLimits.BOOKS);
        List<OrderBookSummary> out = new ArrayList<>();
        for (JsonNode n : Json.parse(body, "books")) out.add(OrderBookSummary.parse(n.toString()));
        return out;
    }

    /** {@code GET /time}: the venue's Unix time in seconds. */
    public long getServerTime() {
        String body = get("/time", null, PolymarketRateLimits.CLOB_OTHER).trim();
        if (body.length() > 1 && body.startsWith("\"") && body.endsWith("\"")) body = body.substring(1, body.length() - 1);
        try {
            return Long.parseLong(body);
        } catch (NumberFormatException e) {
            throw new ClobException("GET /time: not an integer: " + abbreviate(body), 200, e);
        }
    }

    /** {@code GET /version}: the order version the venue expects (2 when not stated). */
    public int getVersion() {
        JsonNode n = Json.parse(get("/version", null, PolymarketRateLimits.CLOB_OTHER), "GET /version");
        JsonNode v = n.get("version");
        return v == null || v.isNull() ? 2 : (int) Json.longValue(n, "version", "GET /version");
    }

    /** {@code GET /ok}: true when the venue answers 2xx. */
    public boolean isOk() {
        get("/ok", null, PolymarketRateLimits.CLOB_OK);
        return true;
    }

    /** {@code GET /price}: best bid for BUY, best ask for SELL (OpenAPI wording). */
    public java.math.BigDecimal getPrice(String tokenId, OrderSide side) {
        return ClobParsers.decimalField(get("/price", query("token_id", tokenId, "side", side), PolymarketRateLimits.PRICE), "price", "price");
    }

    /** {@code POST /prices}: prices per token and side. */
    public Map<String, Map<OrderSide, java.math.BigDecimal>> getPrices(List<TokenSide> requests) {
        JsonText json = new JsonText();
        json.beginArray();
        for (TokenSide r : requests) json.beginObject().field("token_id", r.tokenId()).field("side", r.side().name()).endObject();
        return ClobParsers.pricesByToken(publicPost("/prices", json.endArray().toString(), PolymarketRateLimits.PRICES));
    }

    /** {@code GET /midpoint}; reads {@code mid} or {@code mid_price} (the sources disagree). */
    public java.math.BigDecimal getMidpoint(String tokenId) {
        return ClobParsers.decimalField(get("/midpoint", query("token_id", tokenId), PolymarketRateLimits.MIDPOINT),
                "midpoint", "mid", "mid_price");
    }

    /** {@code POST /midpoints}. */
    public Map<String, java.math.BigDecimal> getMidpoints(List<String> tokenIds) {
        return ClobParsers.decimalsByToken(publicPost("/midpoints", tokenArray(tokenIds), PolymarketRateLimits.MIDPOINTS), "midpoints");
    }

    /** {@code GET /spread}. */
    public java.math.BigDecimal getSpread(String tokenId) {
        return ClobParsers.decimalField(get("/spread", query("token_id", tokenId), PolymarketRateLimits.PRICE), "spread", "spread");
    }

    /** {@code POST /spreads}. */
    public Map<String, java.math.BigDecimal> getSpreads(List<String> tokenIds) {
        return ClobParsers.decimalsByToken(publicPost("/spreads", tokenArray(tokenIds), PolymarketRateLimits.PRICES), "spreads");
    }

    /** {@code GET /last-trade-price}; {@code side} null when the token never traded. */
    public LastTradePrice getLastTradePrice(String tokenId) {
        String body = get("/last-trade-price", query("token_id", tokenId), PolymarketRateLimits.PRICE);
        return ClobParsers.lastTradePrice(Json.parse(body, "last-trade-price"), tokenId);
    }

    /** {@code POST /last-trades-prices} (at most 500 tokens). */
    public List<LastTradePrice> getLastTradesPrices(List<String> tokenIds) {
        if (tokenIds.size() > 500) throw new IllegalArgumentException("at most 500 tokens per call, got " + tokenIds.size());
        String body = publicPost("/last-trades-prices", tokenArray(tokenIds), PolymarketRateLimits.PRICES);
        List<LastTradePrice> out = new ArrayList<>();
        for (JsonNode n : Json.parse(body, "last-trades-prices")) out.add(ClobParsers.lastTradePrice(n, null));
        return out;
    }

    /** {@code GET /tick-size}: the minimum price increment. */
    public java.math.BigDecimal getTickSize(String tokenId) {
        return ClobParsers.decimalField(get("/tick-size", query("token_id", tokenId), PolymarketRateLimits.TICK_SIZE),
                "tick-size", "minimum_tick_size");
    }

    /** {@code GET /neg-risk}: whether the token trades on the neg-risk exchange. */
    public boolean getNegRisk(String tokenId) {
        JsonNode n = Json.parse(get("/neg-risk", query("token_id", tokenId), PolymarketRateLimits.CLOB_OTHER), "neg-risk");
        return Json.bool(Json.requireObject(n, "neg-risk"), "neg_risk", false, "neg-risk");
    }

    /** {@code GET /fee-rate}: the base fee in basis points ({@code base_fee}, number or string). */
    public int getFeeRateBps(String tokenId) {
        return ClobParsers.decimalField(get("/fee-rate", query("token_id", tokenId), PolymarketRateLimits.CLOB_OTHER),
                "fee-rate", "base_fee").intValueExact();
    }

    /** {@code GET /clob-markets/{condition_id}}: compact tick, size, neg-risk and fee parameters. */
    public ClobMarketInfo getClobMarketInfo(String conditionId) {
        return ClobParsers.marketInfo(get("/clob-markets/" + conditionId, null, PolymarketRateLimits.CLOB_OTHER));
    }

    /** {@code GET /markets-by-token/{token_id}}. */
    public TokenMarket getMarketByToken(String tokenId) {
        return ClobParsers.tokenMarket(get("/markets-by-token/" + tokenId, null, PolymarketRateLimits.CLOB_OTHER));
    }

    /** {@code GET /prices-history}. */
    public List<PricePoint> getPricesHistory(PricesHistoryQuery q) {
        return ClobParsers.pricesHistory(get("/prices-history", q.toQueryString(), PolymarketRateLimits.PRICES_HISTORY));
    }

    /** {@code GET /markets/{condition_id}}. */
    public ClobMarket getMarket(String conditionId) {
        return ClobParsers.market(Json.parse(get("/markets/" + conditionId, null, PolymarketRateLimits.CLOB_OTHER), "market"));
    }

    /** {@code POST /batch-prices-history}: the histories of up to 20 tokens, by token id. */
    public Map<String, List<PricePoint>> getBatchPricesHistory(BatchPricesHistoryQuery q) {
        return ClobParsers.batchPricesHistory(publicPost("/batch-prices-history", q.toJson(), PolymarketRateLimits.PRICES_HISTORY));
    }

    /** {@code GET /markets/live-activity/{condition_id}}: the venue's widget data for one market. */
    public LiveActivity getLiveActivity(String conditionId) {
        return new LiveActivity(conditionId, get("/markets/live-activity/" + conditionId, null, PolymarketRateLimits.CLOB_OTHER));
    }

    /** {@code POST /markets/live-activity}: widget data for several markets, one per element of the answer. */
    public List<LiveActivity> getLiveActivity(List<String> conditionIds) {
        JsonText json = new JsonText().beginArray();
        conditionIds.forEach(json::string);
        String body = publicPost("/markets/live-activity", json.endArray().toString(), PolymarketRateLimits.CLOB_OTHER);
        return ClobParsers.liveActivities(body);
    }

    /** One page of {@code GET /markets}; start with {@link CursorPage#FIRST}. */
    public CursorPage<ClobMarket> getMarkets(String cursor) {
        return marketPage("/markets", cursor, ClobParsers::market);
    }

    /** One page of {@code GET /sampling-markets} (markets with liquidity rewards). */
    public CursorPage<ClobMarket> getSamplingMarkets(String cursor) {
        return marketPage("/sampling-markets", cursor, ClobParsers::market);
    }

    /** One page of {@code GET /simplified-markets}. */
    public CursorPage<SimplifiedMarket> getSimplifiedMarkets(String cursor) {
        return marketPage("/simplified-markets", cursor, ClobParsers::simplifiedMarket);
    }

    /** One page of {@code GET /sampling-simplified-markets}. */
    public CursorPage<SimplifiedMarket> getSamplingSimplifiedMarkets(String cursor) {
        return marketPage("/sampling-simplified-markets", cursor, ClobParsers::simplifiedMarket);
    }

    /** Follows {@code next_cursor} from {@link CursorPage#FIRST} until {@link CursorPage#END}, gathering every page. */
    public static <T> CursorPage<T> allPages(Function<String, CursorPage<T>> page) {
        List<T> data = new ArrayList<>();
        List<io.polybot.polymarket.parse.RowParseException> errors = new ArrayList<>();
        String cursor = CursorPage.FIRST;
        while (true) {
            CursorPage<T> p = page.apply(cursor);
            data.addAll(p.data());
            errors.addAll(p.errors());
            if (p.isLast() || p.nextCursor().equals(cursor)) return new CursorPage<>(data, errors, CursorPage.END);
            cursor = p.nextCursor();
        }
    }

    private <T> CursorPage<T> marketPage(String path, String cursor, Function<JsonNode, T> row) {
        return ClobParsers.page(get(path, query("next_cursor", cursor), PolymarketRateLimits.CLOB_OTHER), path, rows, row);
    }

    // ---- keys (§2) ----

    /** Creates API credentials for (signer, nonce), or derives the existing ones. */
    public ApiCredentials createOrDeriveApiKey(long nonce) {
        Outcome created = execute(new Call("POST", "/auth/api-key", null, null, () -> l1Headers(nonce), PolymarketRateLimits.API_KEYS, false));
        if (created instanceof Answered a && a.isOk()) {
            ApiCredentials c = responses.credentialsOrNull(a.body());
            if (c != null) return c;
        }
        // Creating fails (400) when a key already exists for this nonce; deriving returns it.
        String body = expectOk(execute(new Call("GET", "/auth/derive-api-key", null, null, () -> l1Headers(nonce),
                PolymarketRateLimits.API_KEYS, true)), "GET /auth/derive-api-key");
        ApiCredentials c = responses.credentialsOrNull(body);
        if (c == null) throw new ClobException("could not create or derive an API key: unreadable answer", 200, null);
        return c;
    }

    /** {@code GET /auth/api-keys}: the API keys of this signer. */
    public List<String> getApiKeys() {
        JsonNode n = Json.parse(l2(PolymarketRateLimits.API_KEYS, "GET", "/auth/api-keys", null, null, true), "api-keys");
        List<String> keys = new ArrayList<>();
        for (JsonNode k : n.path("apiKeys")) keys.add(k.isString() ? k.stringValue() : Json.optText(k, "apiKey", k.toString()));
        return keys;
    }

    /** {@code DELETE /auth/api-key}: deletes the key this client signs with. */
    public void deleteApiKey() {
        l2(PolymarketRateLimits.API_KEYS, "DELETE", "/auth/api-key", null, null, true);
    }

    /** {@code GET /auth/ban-status/closed-only}: true when the account may only close positions. */
    public boolean isClosedOnly() {
        JsonNode n = Json.parse(l2(PolymarketRateLimits.API_KEYS, "GET", "/auth/ban-status/closed-only", null, null, true), "ban-status");
        return Json.bool(Json.requireObject(n, "ban-status"), "closed_only", false, "ban-status");
    }

    // ---- orders and cancels (§3.11-3.13, §4.5) ----

    /** {@code POST /order}, classified into Accepted / Rejected / Unknown; never throws for venue trouble. */
    public PostOrderResult postOrder(SignedClobOrder order, OrderType type, boolean postOnly) {
        return postOrder(order, type, postOnly, false);
    }

    /**
     * {@code POST /order} with the {@code deferExec} flag. Throws {@link IllegalArgumentException}
     * for postOnly with FOK/FAK (the venue rejects it; the official clients refuse it locally).
     */
    public PostOrderResult postOrder(SignedClobOrder order, OrderType type, boolean postOnly, boolean deferExec) {
        OrderPost post = new OrderPost(order, type, postOnly, deferExec);
        return new ClobOrderPosting(this, responses).postOne(post);
    }

    /**
     * {@code POST /orders}: one result per order, in input order. Lists longer than
     * {@value #MAX_BATCH_ORDERS} are split into batches sent one after another; each batch has its
     * own outcome (a batch without an answer makes its orders Unknown, not the others).
     */
    public List<PostOrderResult> postOrders(List<OrderPost> orders) {
        return new ClobOrderPosting(this, responses).postMany(orders);
    }

    /** {@code DELETE /order} for one order id. */
    public CancelResult cancelOrder(String orderId) {
        return cancel("/order", new JsonText().beginObject().field("orderID", orderId).endObject().toString(), 1);
    }

    /**
     * {@code DELETE /orders}; lists longer than {@value #MAX_CANCEL_IDS} (or than the cancels
     * bucket holds) go out as several calls, results merged.
     */
    public CancelResult cancelOrders(List<String> orderIds) {
        List<String> canceled = new ArrayList<>();
        Map<String, String> notCanceled = new java.util.LinkedHashMap<>();
        int chunk = Math.min(MAX_CANCEL_IDS, buckets.cancelCapacity());
        for (int from = 0; from < orderIds.size(); from += chunk) {
            List<String> ids = orderIds.subList(from, Math.min(orderIds.size(), from + chunk));
            JsonText json = new JsonText().beginArray();
            ids.forEach(json::string);
            CancelResult r = cancel("/orders", json.endArray().toString(), ids.size());
            canceled.addAll(r.canceled());
            notCanceled.putAll(r.notCanceled());
        }
        return new CancelResult(canceled, notCanceled);
    }

    /** {@code DELETE /cancel-all}: cancels every open order of this API key. */
    public CancelResult cancelAll() {
        return cancelThenCharge("/cancel-all", null);
    }

    /** {@code DELETE /cancel-market-orders}: cancels this key's orders in a market and/or token (null = not sent). */
    public CancelResult cancelMarketOrders(String conditionId, String tokenId) {
        JsonText json = new JsonText().beginObject();
        if (conditionId != null) json.field("market", conditionId);
        if (tokenId != null) json.field("asset_id", tokenId);
        return cancelThenCharge("/cancel-market-orders", json.endObject().toString());
    }

    private CancelResult cancel(String path, String body, int cost) {
        // Cancels are idempotent, so they are retried; a retried cancel may report "already canceled".
        String what = "DELETE " + path;
        return responses.cancelResult(expectOk(execute(l2Call(PolymarketRateLimits.CANCEL, "DELETE", path, null, body, true),
                () -> buckets.acquireCancels(cost)), what));
    }

    // The venue charges 1 + the orders it cancelled, known only from the answer.
    private CancelResult cancelThenCharge(String path, String body) {
        CancelResult result = cancel(path, body, 1);
        buckets.chargeCancels(result.canceled().size());
        return result;
    }

    // ---- ledger, balances, scoring, notifications (§4.5) ----

    /** One page of {@code GET /data/orders} (this key's open orders). */
    public CursorPage<OpenOrder> getOpenOrders(OrderQuery q, String cursor) {
        return ClobParsers.page(l2(PolymarketRateLimits.DATA_ORDERS, "GET", "/data/orders", q.toQueryString(cursor), null, true),
                "/data/orders", rows, ClobParsers::openOrder);
    }

    /** One page of {@code GET /data/pre-migration-orders}: this key's orders from before the V2 migration. */
    public CursorPage<OpenOrder> getPreMigrationOrders(String cursor) {
        return ClobParsers.page(l2(PolymarketRateLimits.DATA_ORDERS, "GET", "/data/pre-migration-orders",
                query("next_cursor", cursor), null, true), "/data/pre-migration-orders", rows, ClobParsers::openOrder);
    }

    /** {@code GET /data/order/{id}}. */
    public OpenOrder getOrder(String orderId) {
        return ClobParsers.openOrder(Json.parse(l2(PolymarketRateLimits.LEDGER_READ, "GET", "/data/order/" + orderId, null, null, true), "order"));
    }

    /** One page of {@code GET /data/trades}. */
    public CursorPage<ClobTrade> getTrades(TradeQuery q, String cursor) {
        return ClobParsers.page(l2(PolymarketRateLimits.DATA_TRADES, "GET", "/data/trades", q.toQueryString(cursor), null, true),
                "/data/trades", rows, ClobParsers::trade);
    }

    /** {@code GET /balance-allowance}; {@code tokenId} only for conditional assets, {@code signatureType} may be null. */
    public BalanceAllowance getBalanceAllowance(AssetType type, String tokenId, Integer signatureType) {
        return ClobParsers.balanceAllowance(l2(PolymarketRateLimits.BALANCE_ALLOWANCE, "GET", "/balance-allowance",
                query("asset_type", type.wire(), "token_id", tokenId, "signature_type", signatureType), null, true));
    }

    /** {@code GET /balance-allowance/update}: makes the venue re-read the on-chain balance (after wrapping pUSD). */
    public void updateBalanceAllowance(AssetType type, String tokenId, Integer signatureType) {
        l2(PolymarketRateLimits.BALANCE_ALLOWANCE_UPDATE, "GET", "/balance-allowance/update",
                query("asset_type", type.wire(), "token_id", tokenId, "signature_type", signatureType), null, true);
    }

    /** {@code GET /order-scoring}: whether the order earns liquidity rewards. */
    public boolean isOrderScoring(String orderId) {
        JsonNode n = Json.parse(l2(PolymarketRateLimits.LEDGER_READ, "GET", "/order-scoring", query("order_id", orderId), null, true), "order-scoring");
        return Json.bool(Json.requireObject(n, "order-scoring"), "scoring", false, "order-scoring");
    }

    /** {@code POST /orders-scoring}: scoring per order id (a read, so retried). */
    public Map<String, Boolean> areOrdersScoring(List<String> orderIds) {
        JsonText json = new JsonText().beginObject().name("orderIds").beginArray();
        orderIds.forEach(json::string);
        JsonNode n = Json.parse(l2(PolymarketRateLimits.LEDGER_READ, "POST", "/orders-scoring", null,
                json.endArray().endObject().toString(), true), "orders-scoring");
        Map<String, Boolean> out = new java.util.LinkedHashMap<>();
        for (String id : n.propertyNames()) out.put(id, n.get(id).asBoolean(false));
        return out;
    }

    /** {@code GET /notifications}. */
    public List<Notification> getNotifications(Integer signatureType) {
        String body = l2(PolymarketRateLimits.NOTIFICATIONS, "GET", "/notifications", query("signature_type", signatureType), null, true);
        return rows.readArray(Json.parse(body, "notifications"), "/notifications", ClobParsers::notification).rows();
    }

    /** {@code DELETE /notifications?ids=}. */
    public void dropNotifications(List<String> ids) {
        l2(PolymarketRateLimits.NOTIFICATIONS, "DELETE", "/notifications", query("ids", String.join(",", ids)), null, true);
    }

    /**
     * {@code POST /v1/heartbeats}: keeps the dead-man switch from cancelling this account's orders.
     * Sends the id of the previous answer (empty at first) and keeps the new one; when the venue
     * says the id is wrong and names the expected one, adopts it and sends once more.
     */
    public String heartbeat() {
        String id = postHeartbeat(heartbeatId.get());
        heartbeatId.set(id);
        return id;
    }

    private String postHeartbeat(String previous) {
        String body = new JsonText().beginObject().field("heartbeat_id", previous).endObject().toString();
        Outcome outcome = execute(l2Call(PolymarketRateLimits.CLOB_OTHER, "POST", "/v1/heartbeats", null, body, true));
        if (outcome instanceof Answered a && a.status() == 400) {
            String expected = responses.heartbeatIdOrNull(a.body());
            if (expected != null && !expected.equals(previous)) return postHeartbeat(expected);
        }
        String id = responses.heartbeatIdOrNull(expectOk(outcome, "POST /v1/heartbeats"));
        if (id == null) throw new ClobException("POST /v1/heartbeats: answer has no heartbeat_id", 200, null);
        return id;
    }

    // ---- plumbing ----

    Outcome execute(Call call) {
        return execute(call, Admission.NONE);
    }

    Outcome execute(Call call, Admission admission) {
        try {
            return transport.execute(call, admission);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NoAnswer(new java.io.InterruptedIOException(call.method() + " " + call.path() + " interrupted"), 0);
        }
    }

    Call l2Call(EndpointFamily family, String method, String path, String query, String body, boolean retryable) {
        requireCreds();
        return new Call(method, path, query, body, () -> l2Headers(method, path, body), family, retryable);
    }

    ApiCredentials requireCreds() {
        if (creds == null) throw new IllegalStateException("no API credentials: call createOrDeriveApiKey first");
        return creds;
    }

    String l2(EndpointFamily family, String method, String path, String query, String body, boolean retryable) {
        return expectOk(execute(l2Call(family, method, path, query, body, retryable)), method + " " + path);
    }

    String get(String path, String query, EndpointFamily family) {
        return expectOk(execute(Call.get(path, query, family)), "GET " + path);
    }

    // Public POST reads (/books, /prices, ...) change nothing, so they are retried like GETs.
    String publicPost(String path, String body, EndpointFamily family) {
        return expectOk(execute(new Call("POST", path, null, body, Map::of, family, true)), "POST " + path);
    }

    String expectOk(Outcome outcome, String what) {
        return switch (outcome) {
            case NoAnswer n -> throw new ClobNoAnswerException(what + ": no answer after " + n.attempts() + " attempt(s): "
                    + n.cause(), 0, n.cause());
            case Answered a when a.isOk() -> a.body();
            case Answered a when a.status() >= 500 || a.afterNoAnswer() -> throw new ClobNoAnswerException(
                    what + ": HTTP " + a.status() + " " + responses.errorMessage(a.body())
                            + (a.afterNoAnswer() ? " (after an attempt without answer)" : ""), a.status(), null);
            case Answered a -> throw new ClobRejectedException(what, a.status(), responses.errorMessage(a.body()));
        };
    }

    private Map<String, String> l1Headers(long nonce) {
        return new ClobAuthSigner().l1Headers(signer, chainId, clock.instant().getEpochSecond(), nonce);
    }

    private Map<String, String> l2Headers(String method, String path, String body) {
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        return HmacAuth.l2Headers(signer.address(), requireCreds(), timestamp, method, path, body);
    }

    private static String tokenArray(List<String> tokenIds) {
        JsonText json = new JsonText().beginArray();
        for (String id : tokenIds) json.beginObject().field("token_id", id).endObject();
        return json.endArray().toString();
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 197) + "...";
    }
}
