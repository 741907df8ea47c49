package io.polybot.gateway.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Header;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.security.RouteRole;

import java.util.Set;

/**
 * Who may call what. Every {@code /api/*} request needs a valid bearer token except the paths
 * declared public; a route then names the least role it needs.
 */
public final class AccessControl {
    private static final String PRINCIPAL = "polybot.principal";
    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;
    private final Set<String> publicPaths;

    public AccessControl(AccessTokens tokens, Set<String> publicPaths) {
        this.tokens = tokens;
        this.publicPaths = Set.copyOf(publicPaths);
    }

    /** Before every /api request: a non-public path needs a valid token, whether or not a route matches. */
    public void authenticate(Context ctx) {
        if (publicPaths.contains(ctx.path())) return;
        String header = ctx.header(Header.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length()))
            throw unauthorized("missing bearer token");
        ctx.attribute(PRINCIPAL, verify(header.substring(BEARER.length()).trim()));
    }

    /** After routing: the matched route's role, if any, must be included in the caller's. */
    public void authorize(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        for (RouteRole required : ctx.routeRoles()) {
            if (!(required instanceof Role role)) continue;
            if (principal == null) throw unauthorized("missing bearer token");
            if (!principal.role().includes(role)) throw new ForbiddenResponse("requires role " + role.wireName());
        }
    }

    /** The principal of a token presented outside the Authorization header (the live socket's query). */
    public Principal verify(String token) {
        return switch (tokens.check(token)) {
            case AccessTokens.Check.Valid valid -> valid.principal();
            case AccessTokens.Check.Invalid invalid -> throw unauthorized(invalid.reason());
        };
    }

    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) throw unauthorized("missing bearer token");
        return principal;
    }

    private static UnauthorizedResponse unauthorized(String reason) { return new UnauthorizedResponse(reason); }
}
