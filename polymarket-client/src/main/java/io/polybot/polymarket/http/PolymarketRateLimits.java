package io.polybot.polymarket.http;

import static io.polybot.polymarket.http.RateLimit.halfOf;

import java.time.Duration;

/**
 * Polybot's client-side budgets: half of each limit Polymarket publishes (PROTOCOL §4.6).
 *
 * <p>Every family also carries its service's general budget (CLOB 9,000, Gamma 4,000, Data API
 * 1,000 per 10 s, halved). The per-IP "everything" limit (15,000 / 10 s) is not modelled: the
 * per-service budgets together stay below half of it. Endpoints without a published row of their
 * own ({@code DELETE /orders}, {@code /cancel-all}, {@code /cancel-market-orders}) share the
 * {@code DELETE /order} budgets; the heartbeat has only the CLOB general budget.
 */
public final class PolymarketRateLimits {
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    private static final RateLimit CLOB_GENERAL = halfOf("clob-general", 9_000, TEN_SECONDS);
    private static final RateLimit LEDGER = halfOf("clob-ledger", 900, TEN_SECONDS);
    private static final RateLimit GAMMA_GENERAL = halfOf("gamma-general", 4_000, TEN_SECONDS);
    private static final RateLimit GAMMA_LISTING = halfOf("gamma-listing", 900, TEN_SECONDS);
    private static final RateLimit DATA_GENERAL = halfOf("data-general", 1_000, TEN_SECONDS);

    public static final EndpointFamily CLOB_OTHER = EndpointFamily.of("clob", CLOB_GENERAL);
    public static final EndpointFamily CLOB_OK = EndpointFamily.of("clob /ok", CLOB_GENERAL, halfOf("clob-ok", 100, TEN_SECONDS));
    public static final EndpointFamily BOOK = clob("/book", 1_500);
    public static final EndpointFamily PRICE = clob("/price", 1_500);
    public static final EndpointFamily MIDPOINT = clob("/midpoint", 1_500);
    public static final EndpointFamily BOOKS = clob("/books", 500);
    public static final EndpointFamily PRICES = clob("/prices", 500);
    public static final EndpointFamily MIDPOINTS = clob("/midpoints", 500);
    public static final EndpointFamily PRICES_HISTORY = clob("/prices-history", 1_000);
    public static final EndpointFamily TICK_SIZE = clob("/tick-size", 200);
    public static final EndpointFamily DATA_ORDERS = EndpointFamily.of("clob /data/orders", CLOB_GENERAL, LEDGER,
            halfOf("clob-data-orders", 500, TEN_SECONDS));
    public static final EndpointFamily DATA_TRADES = EndpointFamily.of("clob /data/trades", CLOB_GENERAL, LEDGER,
            halfOf("clob-data-trades", 500, TEN_SECONDS));
    public static final EndpointFamily NOTIFICATIONS = EndpointFamily.of("clob /notifications", CLOB_GENERAL, LEDGER,
            halfOf("clob-notifications", 125, TEN_SECONDS));
    /** Other ledger reads ({@code /data/order/{id}}, order scoring). */
    public static final EndpointFamily LEDGER_READ = EndpointFamily.of("clob ledger", CLOB_GENERAL, LEDGER);
    public static final EndpointFamily BALANCE_ALLOWANCE = clob("/balance-allowance", 200);
    public static final EndpointFamily BALANCE_ALLOWANCE_UPDATE = clob("/balance-allowance/update", 50);
    public static final EndpointFamily API_KEYS = clob("api keys", 100);
    public static final EndpointFamily POST_ORDER = EndpointFamily.of("clob POST /order", CLOB_GENERAL,
            halfOf("clob-post-order-burst", 3_500, TEN_SECONDS), halfOf("clob-post-order-sustained", 36_000, TEN_MINUTES));
    public static final EndpointFamily POST_ORDERS = EndpointFamily.of("clob POST /orders", CLOB_GENERAL,
            halfOf("clob-post-orders-burst", 1_000, TEN_SECONDS), halfOf("clob-post-orders-sustained", 15_000, TEN_MINUTES));
    public static final EndpointFamily CANCEL = EndpointFamily.of("clob DELETE /order", CLOB_GENERAL,
            halfOf("clob-cancel-burst", 3_000, TEN_SECONDS), halfOf("clob-cancel-sustained", 30_000, TEN_MINUTES));

    public static final EndpointFamily GAMMA_MARKETS = EndpointFamily.of("gamma /markets", GAMMA_GENERAL, GAMMA_LISTING,
            halfOf("gamma-markets", 300, TEN_SECONDS));
    public static final EndpointFamily GAMMA_EVENTS = EndpointFamily.of("gamma /events", GAMMA_GENERAL, GAMMA_LISTING,
            halfOf("gamma-events", 500, TEN_SECONDS));
    public static final EndpointFamily GAMMA_OTHER = EndpointFamily.of("gamma", GAMMA_GENERAL);

    public static final EndpointFamily DATA_TRADES_API = data("/trades", 200);
    public static final EndpointFamily DATA_POSITIONS = data("/positions", 150);
    public static final EndpointFamily DATA_CLOSED_POSITIONS = data("/closed-positions", 150);
    public static final EndpointFamily DATA_OTHER = EndpointFamily.of("data", DATA_GENERAL);

    private PolymarketRateLimits() {}

    private static EndpointFamily clob(String endpoint, int published) {
        return EndpointFamily.of("clob " + endpoint, CLOB_GENERAL, halfOf("clob " + endpoint, published, TEN_SECONDS));
    }

    private static EndpointFamily data(String endpoint, int published) {
        return EndpointFamily.of("data " + endpoint, DATA_GENERAL, halfOf("data " + endpoint, published, TEN_SECONDS));
    }
}
