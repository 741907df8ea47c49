package io.polybot.gateway.openapi;

import io.polybot.gateway.auth.Role;

/**
 * One declared route, as the OpenAPI document describes it.
 *
 * @param method  GET, POST, PUT or DELETE (the live socket's upgrade is a GET)
 * @param path    Javalin's path, {@code {name}} for a path parameter (OpenAPI's syntax too)
 * @param role    the least role it needs, null when public
 * @param status  the status of a successful answer
 */
public record ApiRoute(String method, String path, Role role, int status, String summary) {
    public boolean isPublic() { return role == null; }
}
