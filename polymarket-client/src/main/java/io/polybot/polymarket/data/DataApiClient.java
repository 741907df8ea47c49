package io.polybot.polymarket.data;

import io.polybot.polymarket.http.EndpointFamily;
import io.polybot.polymarket.http.PolymarketRateLimits;
import io.polybot.polymarket.http.RateLimiter;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.http.Sleeper;
import io.polybot.polymarket.internal.RestTransport;
import io.polybot.polymarket.parse.ParsedRows;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.IntFunction;

/**
 * Client of the public Data API ({@code https://data-api.polymarket.com}, PROTOCOL §6.1).
 *
 * <p>Every list call returns {@link ParsedRows}: the rows that could be read and a counted error
 * per row that could not ({@link #parseErrors()}). Calls are rate-limited at half the published
 * limits and retried (they are all reads) after no answer, a 5xx or a 429. A call that still
 * fails throws {@link DataApiException}. Thread-safe; blocking, meant for virtual threads.
 */
public final class DataApiClient {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final RestTransport transport;
    private final DataApiParser parser = new DataApiParser();

    public DataApiClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(DEFAULT_TIMEOUT).build(), RateLimiter.system(),
                RetryPolicy.DEFAULT, Sleeper.SYSTEM, DEFAULT_TIMEOUT);
    }

    public DataApiClient(URI baseUrl, HttpClient http, RateLimiter limiter, RetryPolicy retry, Sleeper sleeper,
            Duration requestTimeout) {
        this.transport = new RestTransport(baseUrl, http, requestTimeout, limiter, retry, sleeper);
    }

    /** Rows that failed to parse since this client was created. */
    public long parseErrors() {
        return parser.errorCount();
    }

    /** One page of {@code /trades}. */
    public ParsedRows<DataTrade> trades(TradeQuery query) {
        return parser.trades(get("/trades", query.toQueryString(), PolymarketRateLimits.DATA_TRADES_API));
    }

    /**
     * Pages through {@code /trades} by offset from {@code query.offset()} until a short page, the
     * API's maximum offset (10,000) or at least {@code maxRows} rows have been received.
     */
    public ParsedRows<DataTrade> allTrades(TradeQuery query, int maxRows) {
        return pages(offset -> trades(query.withOffset(offset)), query.offset(), query.limit(), TradeQuery.MAX_OFFSET, maxRows);
    }

    /** One page of {@code /activity}. */
    public ParsedRows<Activity> activity(ActivityQuery query) {
        return parser.activity(get("/activity", query.toQueryString(), PolymarketRateLimits.DATA_OTHER));
    }

    /** Pages through {@code /activity} like {@link #allTrades}. */
    public ParsedRows<Activity> allActivity(ActivityQuery query, int maxRows) {
        return pages(offset -> activity(query.withOffset(offset)), query.offset(), query.limit(), ActivityQuery.MAX_OFFSET, maxRows);
    }

    /** One page of {@code /positions}. */
    public ParsedRows<Position> positions(PositionQuery query) {
        return parser.positions(get("/positions", query.toQueryString(), PolymarketRateLimits.DATA_POSITIONS));
    }

    /** Pages through {@code /positions} like {@link #allTrades}. */
    public ParsedRows<Position> allPositions(PositionQuery query, int maxRows) {
        return pages(offset -> positions(query.withOffset(offset)), query.offset(), query.limit(), PositionQuery.MAX_OFFSET, maxRows);
    }

    /** One page of {@code /closed-positions} ({@code limit} at most 50). */
    public ParsedRows<ClosedPosition> closedPositions(String user, int limit, int offset) {
        if (limit < 1 || limit > 50) throw new IllegalArgumentException("limit must be in 1..50, was " + limit);
        return parser.closedPositions(get("/closed-positions",
                RestTransport.query("user", user, "limit", limit, "offset", offset), PolymarketRateLimits.DATA_CLOSED_POSITIONS));
    }

    /** {@code /value}: the current value of the wallet's positions (one row per wallet). */
    public ParsedRows<PortfolioValue> value(String user) {
        return parser.value(get("/value", RestTransport.query("user", user), PolymarketRateLimits.DATA_OTHER));
    }

    /** {@code /holders}: top holders per outcome token of a market; none for an unknown market. */
    public ParsedRows<TokenHolders> holders(String conditionId, int limit) {
        return parser.holders(get("/holders", RestTransport.query("market", conditionId, "limit", limit),
                PolymarketRateLimits.DATA_OTHER));
    }

    /** One page of {@code /v1/leaderboard}. */
    public ParsedRows<LeaderboardEntry> leaderboard(LeaderboardQuery query) {
        return parser.leaderboard(get("/v1/leaderboard", query.toQueryString(), PolymarketRateLimits.DATA_OTHER));
    }

    static <T> ParsedRows<T> pages(IntFunction<ParsedRows<T>> fetch, int startOffset, int limit, int maxOffset, int maxRows) {
        ParsedRows<T> all = ParsedRows.empty();
        for (int offset = startOffset; offset <= maxOffset && all.received() < maxRows; offset += limit) {
            ParsedRows<T> page = fetch.apply(offset);
            all = all.plus(page);
            if (page.received() < limit) break;
        }
        return all;
    }

    private String get(String path, String query, EndpointFamily family) {
        RestTransport.Outcome outcome;
        try {
            outcome = transport.execute(RestTransport.Call.get(path, query, family));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataApiException("GET " + path + " interrupted", 0, e);
        }
        return switch (outcome) {
            case RestTransport.NoAnswer n -> throw new DataApiException(
                    "GET " + path + ": no answer after " + n.attempts() + " attempt(s): " + n.cause(), 0, n.cause());
            case RestTransport.Answered a when a.isOk() -> a.body();
            case RestTransport.Answered a -> throw new DataApiException(
                    "GET " + path + ": HTTP " + a.status() + " " + abbreviate(a.body()), a.status(), null);
        };
    }

    private static String abbreviate(String body) {
        if (body == null) return "";
        return body.length() <= 300 ? body : body.substring(0, 297) + "...";
    }
}
