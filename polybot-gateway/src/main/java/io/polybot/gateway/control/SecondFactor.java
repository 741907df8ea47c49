package io.polybot.gateway.control;

import io.polybot.gateway.auth.Principal;
import tools.jackson.databind.JsonNode;

/**
 * The check releasing the kill switch and arming live trading must pass besides the role. The
 * gateway's is {@link io.polybot.gateway.auth.TotpSecondFactor}: a {@code "totp"} code in the
 * request body, or {@link io.javalin.http.ForbiddenResponse}.
 */
@FunctionalInterface
public interface SecondFactor {
    /** Returns normally when the caller passed; throws an HTTP error response otherwise. */
    void verify(Principal principal, JsonNode body);
}
