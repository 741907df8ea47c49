package io.polybot.gateway.auth;

import java.time.Instant;

/** The signed-in user behind a request, as vouched for by a verified access token. */
public record Principal(String username, Role role, Instant tokenExpiresAt) {
    public Principal {
        if (username == null || username.isBlank()) throw new IllegalArgumentException("principal needs a username");
        if (role == null || tokenExpiresAt == null) throw new IllegalArgumentException("principal needs a role and an expiry");
    }
}
