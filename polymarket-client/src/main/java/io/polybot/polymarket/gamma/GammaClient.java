package io.polybot.polymarket.gamma;

import io.polybot.polymarket.http.EndpointFamily;
import io.polybot.polymarket.http.PolymarketRateLimits;
import io.polybot.polymarket.http.RateLimiter;
import io.polybot.polymarket.http.RetryPolicy;
import io.polybot.polymarket.http.Sleeper;
import io.polybot.polymarket.internal.RestTransport;
import io.polybot.polymarket.parse.ParsedRows;
import io.polybot.polymarket.parse.RowReader;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Public market metadata from the Gamma API (PROTOCOL §6.2): {@code /markets} and
 * {@code /events} with offset paging, single markets by id or slug, single events.
 *
 * <p>A market or event that cannot be read is skipped and counted ({@link #parseErrors()}); the
 * rest of its page is kept, and paging goes on (a page is short only when Gamma sent fewer rows).
 * Calls are rate-limited at half the published limits and retried after no answer, 5xx or 429.
 * Failures are {@link IOException}s. Thread-safe.
 */
public final class GammaClient {
    private static final int PAGE_SIZE = 100;
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final RestTransport transport;
    private final RowReader reader = new RowReader();

    public GammaClient(URI baseUrl, HttpClient http) {
        this(baseUrl, http, RateLimiter.system(), RetryPolicy.DEFAULT, Sleeper.SYSTEM, DEFAULT_TIMEOUT);
    }

    public GammaClient(URI baseUrl) {
        this(baseUrl, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    public GammaClient(URI baseUrl, HttpClient http, RateLimiter limiter, RetryPolicy retry, Sleeper sleeper,
            Duration requestTimeout) {
        this.transport = new RestTransport(baseUrl, http, requestTimeout, limiter, retry, sleeper);
    }

    /** Markets or events that failed to parse since this client was created. */
    public long parseErrors() {
        return reader.errorCount();
    }

    /** All markets matching the query (e.g. {@code "closed=false"}), following offset pages until a short page. */
    public List<GammaMarket> markets(String query) throws IOException, InterruptedException {
        return allMarkets(query).rows();
    }

    /** Like {@link #markets(String)}, with the errors of the rows that were skipped. */
    public ParsedRows<GammaMarket> allMarkets(String query) throws IOException, InterruptedException {
        ParsedRows<GammaMarket> all = ParsedRows.empty();
        for (int offset = 0; ; offset += PAGE_SIZE) {
            ParsedRows<GammaMarket> page = marketsPage(query, PAGE_SIZE, offset);
            all = all.plus(page);
            if (page.received() < PAGE_SIZE) return all;
        }
    }

    /** One page of {@code /markets}; {@code query} holds extra filters such as {@code "closed=false&tag_id=2"}. */
    public ParsedRows<GammaMarket> marketsPage(String query, int limit, int offset) throws IOException, InterruptedException {
        return parse(() -> GammaParser.marketRows(get("/markets", paging(query, limit, offset), PolymarketRateLimits.GAMMA_MARKETS), reader));
    }

    /** {@code /markets/{id}}; empty when Gamma answers 404. */
    public Optional<GammaMarket> market(String id) throws IOException, InterruptedException {
        return one("/markets/" + encode(id), PolymarketRateLimits.GAMMA_MARKETS).map(GammaParser::market);
    }

    /** {@code /markets/slug/{slug}}; empty when Gamma answers 404. */
    public Optional<GammaMarket> marketBySlug(String slug) throws IOException, InterruptedException {
        return one("/markets/slug/" + encode(slug), PolymarketRateLimits.GAMMA_MARKETS).map(GammaParser::market);
    }

    /** All events matching the query with their markets, following offset pages until a short page. */
    public ParsedRows<GammaEvent> events(String query) throws IOException, InterruptedException {
        ParsedRows<GammaEvent> all = ParsedRows.empty();
        for (int offset = 0; ; offset += PAGE_SIZE) {
            ParsedRows<GammaEvent> page = eventsPage(query, PAGE_SIZE, offset);
            all = all.plus(page);
            if (page.received() < PAGE_SIZE) return all;
        }
    }

    /** One page of {@code /events}. */
    public ParsedRows<GammaEvent> eventsPage(String query, int limit, int offset) throws IOException, InterruptedException {
        return parse(() -> GammaParser.eventRows(get("/events", paging(query, limit, offset), PolymarketRateLimits.GAMMA_EVENTS), reader));
    }

    /** {@code /events/{id}}; empty when Gamma answers 404. Bad nested markets are counted and skipped. */
    public Optional<GammaEvent> event(String id) throws IOException, InterruptedException {
        Optional<String> body = one("/events/" + encode(id), PolymarketRateLimits.GAMMA_EVENTS);
        if (body.isEmpty()) return Optional.empty();
        return Optional.of(parse(() -> GammaParser.eventRow(body.get(), reader)).rows().getFirst());
    }

    private interface Parse<T> {
        T run() throws IOException, InterruptedException;
    }

    // A page that is not a JSON array at all is a failed call, not a bad row.
    private static <T> T parse(Parse<T> parse) throws IOException, InterruptedException {
        try {
            return parse.run();
        } catch (GammaParseException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private Optional<String> one(String path, EndpointFamily family) throws IOException, InterruptedException {
        RestTransport.Outcome outcome = transport.execute(RestTransport.Call.get(path, null, family));
        if (outcome instanceof RestTransport.Answered a && a.status() == 404) return Optional.empty();
        return Optional.of(body(path, outcome));
    }

    private String get(String path, String query, EndpointFamily family) throws IOException, InterruptedException {
        return body(path + "?" + query, transport.execute(RestTransport.Call.get(path, query, family)));
    }

    private static String body(String what, RestTransport.Outcome outcome) throws IOException {
        return switch (outcome) {
            case RestTransport.NoAnswer n -> throw new IOException(
                    "Gamma " + what + ": no answer after " + n.attempts() + " attempt(s)", n.cause());
            case RestTransport.Answered a when a.isOk() -> a.body();
            case RestTransport.Answered a -> throw new IOException("Gamma " + what + " answered HTTP " + a.status() + ": "
                    + (a.body().length() <= 300 ? a.body() : a.body().substring(0, 297) + "..."));
        };
    }

    private static String paging(String query, int limit, int offset) {
        return "limit=" + limit + "&offset=" + offset + (query == null || query.isEmpty() ? "" : "&" + query);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
