package io.polybot.gateway.web;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HandlerType;

import java.util.Set;

/**
 * Cross-origin access, closed unless origins are configured: the dashboard is served by the
 * gateway itself, so by default no response carries a CORS header. A configured origin (a
 * dashboard developed on another port, say) gets its origin echoed and its preflights answered.
 * Credentials are bearer tokens, never cookies, so none are allowed.
 */
public final class Cors {
    static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type";
    static final String MAX_AGE_SECONDS = "600";

    private final Set<String> allowedOrigins;

    public Cors(Set<String> allowedOrigins) { this.allowedOrigins = Set.copyOf(allowedOrigins); }

    public void apply(Context ctx) {
        String origin = ctx.header(Header.ORIGIN);
        if (origin == null || !allowedOrigins.contains(origin)) return;
        ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        ctx.header(Header.VARY, Header.ORIGIN);
        if (ctx.method() == HandlerType.OPTIONS && ctx.header(Header.ACCESS_CONTROL_REQUEST_METHOD) != null) {
            ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
            ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_HEADERS);
            ctx.header(Header.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
            ctx.status(204);
            ctx.skipRemainingHandlers(); // a preflight carries no token: answer it before authentication
        }
    }
}
