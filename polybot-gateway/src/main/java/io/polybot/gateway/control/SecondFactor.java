package io.polybot.gateway.control;

import io.polybot.gateway.auth.Principal;
import tools.jackson.databind.JsonNode;

/**
 * The check a release of the kill switch (and, later, arming live) must pass besides the role.
 * Issue 7 brings TOTP: its implementation reads a {@code "totp"} code from the request body and
 * throws {@link io.javalin.http.ForbiddenResponse} when it is wrong.
 */
@FunctionalInterface
public interface SecondFactor {
    /** Returns normally when the caller passed; throws an HTTP error response otherwise. */
    void verify(Principal principal, JsonNode body);

    /** Until TOTP lands: the trader or admin role alone suffices, and the release is audited. */
    SecondFactor NOT_YET_REQUIRED = (principal, body) -> { };
}
