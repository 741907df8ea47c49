package io.polybot.gateway;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson3;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.json.Json;
import io.polybot.core.time.Clock;
import io.polybot.gateway.api.ApiError;
import io.polybot.gateway.api.HealthEndpoint;
import io.polybot.gateway.api.ListEndpoints;
import io.polybot.gateway.auth.AccessControl;
import io.polybot.gateway.auth.AccessTokens;
import io.polybot.gateway.auth.AdminBootstrap;
import io.polybot.gateway.auth.LoginEndpoint;
import io.polybot.gateway.auth.LoginThrottle;
import io.polybot.gateway.auth.PasswordHasher;
import io.polybot.gateway.auth.Role;
import io.polybot.gateway.control.ControlEndpoints;
import io.polybot.gateway.control.ControlView;
import io.polybot.gateway.control.SecondFactor;
import io.polybot.gateway.deadletter.DeadLetterDesk;
import io.polybot.gateway.deadletter.DeadLetterEndpoints;
import io.polybot.gateway.live.LiveHub;
import io.polybot.gateway.web.DashboardSite;
import io.polybot.gateway.web.SecurityHeaders;
import io.polybot.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * The dashboard's backend: REST for lists and login, a WebSocket pushing order and signal
 * events, and the built dashboard itself. Every route is declared in {@link #routes}.
 */
public final class GatewayServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);
    /** The only API paths answered without a token. */
    static final Set<String> PUBLIC_API = Set.of("/api/health", "/api/auth/login");
    private static final int MAX_REQUEST_BYTES = 64 * 1024;
    private static final int LOGIN_FAILURES_BEFORE_BLOCK = 10;
    private static final Duration LOGIN_BLOCK_WINDOW = Duration.ofMinutes(15);

    private final GatewayConfig config;
    private final AccessControl access;
    private final HealthEndpoint health;
    private final LoginEndpoint login;
    private final ListEndpoints lists;
    private final LiveHub live;
    private final ControlView controlView;
    private final ControlEndpoints control;
    private final DeadLetterEndpoints deadLetters;
    private final DashboardSite site;
    private final AdminBootstrap adminBootstrap;
    private final Javalin app;
    private boolean started;

    public GatewayServer(GatewayConfig config, Store store, MessageBus bus, Clock clock) {
        this(config, store, bus, clock, System.out);
    }

    /** @param console where a generated first admin password is shown, once */
    public GatewayServer(GatewayConfig config, Store store, MessageBus bus, Clock clock, PrintStream console) {
        this.config = config;
        PasswordHasher hasher = new PasswordHasher();
        AccessTokens tokens = new AccessTokens(config.jwtSecret(), config.accessTokenTtl(), clock);
        this.access = new AccessControl(tokens, PUBLIC_API);
        this.health = new HealthEndpoint(clock);
        this.login = new LoginEndpoint(store.users(), store.auditLog(), hasher, tokens,
                new LoginThrottle(LOGIN_FAILURES_BEFORE_BLOCK, LOGIN_BLOCK_WINDOW, clock));
        this.lists = new ListEndpoints(store);
        String instanceName = "gateway-" + UUID.randomUUID().toString().substring(0, 8);
        this.live = new LiveHub(bus, access, clock, instanceName);
        this.controlView = new ControlView(bus, instanceName);
        // Issue 7 replaces this with TOTP for releasing the kill switch.
        this.control = new ControlEndpoints(controlView, bus, store.auditLog(), SecondFactor.NOT_YET_REQUIRED, clock);
        this.deadLetters = new DeadLetterEndpoints(new DeadLetterDesk(store.deadLetters(), store.auditLog(), bus));
        this.site = DashboardSite.fromClasspath(GatewayServer.class);
        this.adminBootstrap = new AdminBootstrap(store.users(), store.auditLog(), hasher, console);
        this.app = Javalin.create(this::configure);
    }

    /** Creates the first admin if needed, subscribes to the bus and listens; returns the bound port. */
    public synchronized int start() {
        if (started) throw new IllegalStateException("gateway already started");
        adminBootstrap.run(config.initialAdminPassword());
        live.start();
        controlView.start();
        app.start(config.host(), config.port());
        started = true;
        log.info("gateway listening on http://{}:{} (dashboard {})", config.host(), app.port(),
                site.built() ? "built in" : "not built");
        return app.port();
    }

    public int port() { return app.port(); }

    /** Live sockets currently open, for health and tests. */
    public int openSockets() { return live.openSockets(); }

    @Override public synchronized void close() {
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
        // Paths only: the live socket's query string carries a token.
        cfg.requestLogger.http((ctx, ms) -> log.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), ms));
        site.configure(cfg, GatewayServer.class);
        routes(cfg.routes);
    }

    /** Every route, filter and error mapping of the gateway. */
    private void routes(RoutesConfig routes) {
        routes.before(SecurityHeaders::apply);
        routes.before("/api/*", access::authenticate);
        routes.beforeMatched(access::authorize);

        routes.get("/api/health", health::get);
        routes.post("/api/auth/login", login::login);
        routes.get("/api/orders", lists::orders, Role.VIEWER);
        routes.get("/api/positions", lists::positions, Role.VIEWER);
        routes.get("/api/signals", lists::signals, Role.VIEWER);

        // The kill switch needs only trader: stopping must be easy. Release is its own audited action.
        routes.get("/api/control", control::get, Role.VIEWER);
        routes.post("/api/control/kill", control::kill, Role.TRADER);
        routes.post("/api/control/release", control::release, Role.TRADER);
        routes.put("/api/control/risk", control::risk, Role.TRADER);
        routes.get("/api/dead-letters", deadLetters::list, Role.VIEWER);
        routes.post("/api/dead-letters/{id}/retry", deadLetters::retry, Role.TRADER);
        routes.post("/api/dead-letters/{id}/discard", deadLetters::discard, Role.TRADER);

        // The upgrade itself is authenticated: the token rides in the query (browsers cannot set headers here).
        routes.wsBeforeUpgrade("/ws", live::beforeUpgrade);
        routes.ws("/ws", live::configure);

        routes.get("/", site::root);

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
