package io.polybot.gateway.openapi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.websocket.WsConfig;
import io.polybot.gateway.auth.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Declares routes on Javalin and records each for the OpenAPI document, so that the two are
 * written once. A public route must be one of the paths authentication lets through, and a
 * protected one must not be: a mismatch fails at start-up, not in production.
 */
public final class ApiRoutes {
    private final RoutesConfig routes;
    private final Set<String> publicPaths;
    private final List<ApiRoute> declared = new ArrayList<>();

    public ApiRoutes(RoutesConfig routes, Set<String> publicPaths) {
        this.routes = routes;
        this.publicPaths = Set.copyOf(publicPaths);
    }

    /** A route anyone may call. */
    public void open(HandlerType method, String path, String summary, Handler handler) {
        if (!publicPaths.contains(path) && path.startsWith("/api/"))
            throw new IllegalStateException(path + " is declared public but authentication does not let it through");
        add(method, path, null, 200, summary, handler);
    }

    public void get(String path, Role role, String summary, Handler handler) { add(HandlerType.GET, path, role, 200, summary, handler); }

    public void post(String path, Role role, String summary, Handler handler) { add(HandlerType.POST, path, role, 200, summary, handler); }

    public void put(String path, Role role, String summary, Handler handler) { add(HandlerType.PUT, path, role, 200, summary, handler); }

    /** A route whose success status is not 200 (201 created, 202 accepted, 204 no content). */
    public void add(HandlerType method, String path, Role role, int status, String summary, Handler handler) {
        if (role != null && publicPaths.contains(path)) throw new IllegalStateException(path + " needs a role but is a public path");
        routes.addHttpHandler(method, path, handler, role == null ? new Role[0] : new Role[]{role});
        declared.add(new ApiRoute(method.name(), path, role, status, summary));
    }

    /** A WebSocket; its upgrade is authenticated by {@code beforeUpgrade} (the token rides in the query). */
    public void ws(String path, Role role, String summary, Handler beforeUpgrade, Consumer<WsConfig> ws) {
        routes.wsBeforeUpgrade(path, beforeUpgrade);
        routes.ws(path, ws);
        declared.add(new ApiRoute(HandlerType.GET.name(), path, role, 101, summary));
    }

    public List<ApiRoute> declared() { return List.copyOf(declared); }
}
