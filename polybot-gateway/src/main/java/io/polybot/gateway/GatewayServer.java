package io.polybot.gateway;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson3;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.json.Json;
import io.polybot.core.time.Clock;
import io.polybot.gateway.api.ApiError;
import io.polybot.gateway.api.HealthEndpoint;
import io.polybot.gateway.auth.AccessControl;
import io.polybot.gateway.auth.AccessTokens;
import io.polybot.gateway.auth.AdminBootstrap;
import io.polybot.gateway.auth.LoginEndpoint;
import io.polybot.gateway.auth.LoginThrottle;
import io.polybot.gateway.auth.PasswordHasher;
import io.polybot.gateway.auth.RefreshTokens;
import io.polybot.gateway.auth.Totp;
import io.polybot.gateway.auth.TotpEndpoints;
import io.polybot.gateway.auth.TotpSecondFactor;
import io.polybot.gateway.control.ControlEndpoints;
import io.polybot.gateway.control.ControlView;
import io.polybot.gateway.deadletter.DeadLetterDesk;
import io.polybot.gateway.deadletter.DeadLetterEndpoints;
import io.polybot.gateway.live.LiveHub;
import io.polybot.gateway.live.RiskDecisionFeed;
import io.polybot.gateway.openapi.ApiRoute;
import io.polybot.gateway.openapi.ApiRoutes;
import io.polybot.gateway.openapi.OpenApiDocument;
import io.polybot.gateway.overview.OverviewEndpoint;
import io.polybot.gateway.strategies.StrategyCatalog;
import io.polybot.gateway.strategies.StrategyEndpoints;
import io.polybot.gateway.system.SystemEndpoint;
import io.polybot.gateway.trading.TradingEndpoints;
import io.polybot.gateway.users.UserEndpoints;
import io.polybot.gateway.web.Cors;
import io.polybot.gateway.web.DashboardSite;
import io.polybot.gateway.web.SecurityHeaders;
import io.polybot.gateway.whales.BasketEndpoint;
import io.polybot.gateway.whales.WhaleEndpoints;
import io.polybot.gateway.whales.WhitelistDesk;
import io.polybot.store.Store;
import io.polybot.store.repo.WhitelistChangeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.polybot.gateway.auth.Role.ADMIN;
import static io.polybot.gateway.auth.Role.TRADER;
import static io.polybot.gateway.auth.Role.VIEWER;

/**
 * The dashboard's backend: REST, a WebSocket pushing events, and the built dashboard itself.
 * Every route, with the least role it needs, is declared in {@link #routes}; the OpenAPI document
 * at {@code /api/openapi.json} is built from the same declarations.
 */
public final class GatewayServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);
    /** The only API paths answered without a token. */
    static final Set<String> PUBLIC_API = Set.of("/api/health", "/api/auth/login", "/api/auth/refresh", "/api/openapi.json");
    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final int LOGIN_FAILURES_BEFORE_BLOCK = 10;
    private static final Duration LOGIN_BLOCK_WINDOW = Duration.ofMinutes(15);
    private static final int TOTP_FAILURES_BEFORE_BLOCK = 5;
    private static final Duration RISK_DECISION_POLL = Duration.ofSeconds(1);
    private static final Set<HandlerType> HTTP_METHODS = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.DELETE,
            HandlerType.PATCH);

    private final GatewayConfig config;
    private final AccessControl access;
    private final HealthEndpoint health;
    private final LoginEndpoint login;
    private final TotpEndpoints totp;
    private final UserEndpoints users;
    private final TradingEndpoints trading;
    private final LiveHub live;
    private final RiskDecisionFeed riskDecisions;
    private final ControlView controlView;
    private final ControlEndpoints control;
    private final OverviewEndpoint overview;
    private final WhaleEndpoints whales;
    private final BasketEndpoint baskets;
    private final StrategyEndpoints strategies;
    private final SystemEndpoint system;
    private final DeadLetterEndpoints deadLetters;
    private final DashboardSite site;
    private final Cors cors;
    private final AdminBootstrap adminBootstrap;
    private final List<ApiRoute> declared = new ArrayList<>();
    private final List<ApiRoute> registered = Collections.synchronizedList(new ArrayList<>());
    private final Javalin app;
    private Map<String, Object> openApi;
    private boolean started;

    public GatewayServer(GatewayConfig config, Store store, MessageBus bus, Clock clock) {
        this(config, store, bus, clock, System.out);
    }

    /** @param console where a generated first admin password is shown, once */
    public GatewayServer(GatewayConfig config, Store store, MessageBus bus, Clock clock, PrintStream console) {
        this(config, store, bus, clock, console, TradingSetup.defaults());
    }

    /** @param setup the starting balance and strategy values of the trading the gateway shows */
    public GatewayServer(GatewayConfig config, Store store, MessageBus bus, Clock clock, PrintStream console, TradingSetup setup) {
        this.config = config;
        PasswordHasher hasher = new PasswordHasher();
        AccessTokens tokens = new AccessTokens(config.jwtSecret(), config.accessTokenTtl(), clock);
        RefreshTokens refreshTokens = new RefreshTokens(store.refreshTokens(), config.refreshTokenTtl(), clock);
        this.access = new AccessControl(tokens, PUBLIC_API);
        this.health = new HealthEndpoint(clock);
        this.login = new LoginEndpoint(store.users(), store.auditLog(), hasher, tokens, refreshTokens,
                new LoginThrottle(LOGIN_FAILURES_BEFORE_BLOCK, LOGIN_BLOCK_WINDOW, clock));
        TotpSecondFactor secondFactor = new TotpSecondFactor(store.users(),
                new LoginThrottle(TOTP_FAILURES_BEFORE_BLOCK, LOGIN_BLOCK_WINDOW, clock), clock);
        this.totp = new TotpEndpoints(store.users(), store.auditLog(), secondFactor, new Totp(), clock);
        this.users = new UserEndpoints(store.users(), store.auditLog(), hasher, refreshTokens);
        this.trading = new TradingEndpoints(store);
        String instanceName = "gateway-" + UUID.randomUUID().toString().substring(0, 8);
        this.live = new LiveHub(bus, access, clock, instanceName);
        this.riskDecisions = new RiskDecisionFeed(store.riskDecisions(), live, RISK_DECISION_POLL);
        this.controlView = new ControlView(bus, instanceName);
        controlView.onChange(state -> live.push(Topic.CONTROL.streamName(), "control-state", state));
        this.control = new ControlEndpoints(controlView, bus, store.auditLog(), secondFactor, clock);
        this.overview = new OverviewEndpoint(store, trading, controlView, setup.startingBalance(), clock);
        this.whales = new WhaleEndpoints(store, new WhitelistDesk(store.whales(), new WhitelistChangeRepository(store.jdbi()),
                store.whaleSummaries(), store.auditLog(), bus, clock, whale -> live.push(Topic.CONTROL.streamName(), "whale", whale)));
        this.strategies = new StrategyEndpoints(new StrategyCatalog(setup.strategies()), store.strategyState(), store.auditLog(), bus, clock,
                strategy -> live.push(Topic.CONTROL.streamName(), "strategy", strategy));
        this.baskets = new BasketEndpoint(store, () -> Duration.parse(strategies.current(StrategyCatalog.BASKET_COPY).get("window")), clock);
        this.system = new SystemEndpoint(controlView, overview, bus, store.deadLetters(), clock);
        this.deadLetters = new DeadLetterEndpoints(new DeadLetterDesk(store.deadLetters(), store.auditLog(), bus));
        this.site = DashboardSite.fromClasspath(GatewayServer.class);
        this.cors = new Cors(config.allowedOrigins());
        this.adminBootstrap = new AdminBootstrap(store.users(), store.auditLog(), hasher, console);
        this.app = Javalin.create(this::configure);
    }

    /** Creates the first admin if needed, subscribes to the bus and listens; returns the bound port. */
    public synchronized int start() {
        if (started) throw new IllegalStateException("gateway already started");
        adminBootstrap.run(config.initialAdminPassword());
        live.start();
        controlView.start();
        riskDecisions.start();
        app.start(config.host(), config.port());
        started = true;
        log.info("gateway listening on http://{}:{} (dashboard {})", config.host(), app.port(),
                site.built() ? "built in" : "not built");
        return app.port();
    }

    public int port() { return app.port(); }

    /** Live sockets currently open, for health and tests. */
    public int openSockets() { return live.openSockets(); }

    /** The routes as declared in {@link #routes} (what the OpenAPI document describes). */
    public List<ApiRoute> declaredRoutes() { return List.copyOf(declared); }

    /** The HTTP and WebSocket routes Javalin reports having registered, seen independently of the declarations. */
    public List<ApiRoute> registeredRoutes() { return List.copyOf(registered); }

    @Override public synchronized void close() {
        riskDecisions.close();
        live.close();
        controlView.close();
        app.stop();
    }

    private void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.concurrency.useVirtualThreads = true;
        cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
        cfg.jsonMapper(new JavalinJackson3(Json.mapper(), false));
        cfg.jetty.modifyWebSocketServletFactory(ws -> {
            ws.setMaxTextMessageSize(4 * 1024);
            // A client that cannot keep up is dropped instead of queueing without bound; it reconnects and refetches.
            ws.setMaxOutgoingFrames(1024);
            ws.setIdleTimeout(Duration.ofSeconds(60));
        });
        cfg.events.handlerAdded(info -> {
            if (HTTP_METHODS.contains(info.getHttpMethod()))
                registered.add(new ApiRoute(info.getHttpMethod().name(), info.getPath(), null, 0, ""));
        });
        cfg.events.wsHandlerAdded(info -> registered.add(new ApiRoute(HandlerType.GET.name(), info.getPath(), null, 101, "")));
        // Paths only: the live socket's query string carries a token.
        cfg.requestLogger.http((ctx, ms) -> log.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), ms));
        site.configure(cfg, GatewayServer.class);
        routes(cfg.routes);
    }

    /** Every route, filter and error mapping of the gateway. */
    private void routes(RoutesConfig routes) {
        routes.before(SecurityHeaders::apply);
        routes.before(cors::apply);
        routes.before("/api/*", access::authenticate);
        routes.beforeMatched(access::authorize);

        ApiRoutes api = new ApiRoutes(routes, PUBLIC_API);
        api.open(HandlerType.GET, "/api/health", "Liveness, time and build version", health::get);
        api.open(HandlerType.GET, "/api/openapi.json", "This document", ctx -> ctx.json(openApi));
        api.open(HandlerType.POST, "/api/auth/login", "Sign in: an access and a refresh token (rate limited, lockout)", login::login);
        api.open(HandlerType.POST, "/api/auth/refresh", "Exchange a refresh token for a new pair (rotation; reuse revokes the sign-in)",
                login::refresh);
        api.add(HandlerType.POST, "/api/auth/logout", VIEWER, 204, "End the sign-in of a refresh token", login::logout);
        api.get("/api/auth/me", VIEWER, "Who is signed in", login::me);
        api.post("/api/auth/totp/enrol", VIEWER, "Start (re-)enrolling a TOTP authenticator", totp::enrol);
        api.post("/api/auth/totp/verify", VIEWER, "Activate the enrolment with a code from it", totp::verify);

        api.get("/api/overview", VIEWER, "Equity, PnL, exposure and feeds", overview::get);
        api.get("/api/whales", VIEWER, "Scored wallets, sorted and filtered", whales::list);
        api.get("/api/whales/{address}", VIEWER, "One wallet: scores over time, trades, evidence, whitelist changes", whales::detail);
        api.post("/api/whales/{address}/pin", TRADER, "Keep the wallet followed whatever scoring says", whales::pin);
        api.post("/api/whales/{address}/unpin", TRADER, "Let scoring decide about the wallet again", whales::unpin);
        api.post("/api/whales/{address}/ban", TRADER, "Never follow the wallet", whales::ban);
        api.post("/api/whales/{address}/unban", TRADER, "Lift the wallet's ban", whales::unban);
        api.get("/api/baskets", VIEWER, "User baskets and the outcomes their wallets lean towards", baskets::list);

        api.get("/api/signals", VIEWER, "Recent signals with the risk check's verdict", trading::signals);
        api.get("/api/signals/{id}", VIEWER, "One signal, its verdict and its order", trading::signal);
        api.get("/api/orders", VIEWER, "Recent orders with slippage against the signal", trading::orders);
        api.get("/api/orders/{hash}", VIEWER, "One order, its timeline and fills", trading::order);
        api.get("/api/fills", VIEWER, "Recent fills", trading::fills);
        api.get("/api/positions", VIEWER, "Positions with marks where known", trading::positions);
        api.get("/api/strategies", VIEWER, "The strategies and their parameters", strategies::list);
        api.put("/api/strategies/{name}", TRADER, "Enable, disable or retune a strategy (applied live)", strategies::update);

        // The kill switch needs only trader: stopping must be easy. Release and arming need the second factor too.
        api.get("/api/control", VIEWER, "Trading state, mode, arming, risk limits and every role's report", control::get);
        api.post("/api/control/kill", TRADER, "Halt trading", control::kill);
        api.post("/api/control/release", TRADER, "Resume trading (TOTP)", control::release);
        api.post("/api/control/arm", TRADER, "Arm live trading (TOTP)", control::arm);
        api.post("/api/control/disarm", TRADER, "Disarm live trading", control::disarm);
        api.add(HandlerType.PUT, "/api/control/risk", TRADER, 202, "Change risk limits", control::risk);

        api.get("/api/system", VIEWER, "Roles, feeds, bus lag and open dead letters", system::get);
        api.get("/api/dead-letters", VIEWER, "Open dead letters", deadLetters::list);
        api.post("/api/dead-letters/{id}/retry", TRADER, "Re-publish a dead letter", deadLetters::retry);
        api.post("/api/dead-letters/{id}/discard", TRADER, "Close a dead letter", deadLetters::discard);
        api.get("/api/audit", VIEWER, "Who did what, newest first", trading::audit);

        api.get("/api/users", ADMIN, "Users", users::list);
        api.add(HandlerType.POST, "/api/users", ADMIN, 201, "Create a user", users::create);
        api.put("/api/users/{username}", ADMIN, "Change a user's role or password", users::update);
        api.add(HandlerType.DELETE, "/api/users/{username}", ADMIN, 204, "Delete a user (not yourself)", users::delete);

        api.ws("/ws", VIEWER, "Live frames {topic, type, payload}; the access token in ?token=", live::beforeUpgrade, live::configure);
        api.open(HandlerType.GET, "/", "The dashboard", site::root);

        declared.addAll(api.declared());
        openApi = OpenApiDocument.build(declared, HealthEndpoint.buildVersion());

        routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            log.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error");
        });
        routes.error(404, ctx -> {
            if (!isApi(ctx.path())) site.fallback(ctx);
            else if (ctx.result() == null || ctx.result().isEmpty()) error(ctx, 404, "not found");
        });
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/ws") || path.startsWith("/ws/");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(message == null || message.isBlank() ? "error" : message, status));
    }
}
