package io.polybot.gateway.auth;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import io.polybot.core.json.Json;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.User;
import io.polybot.store.repo.UserRepository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Optional;

/** {@code POST /api/auth/login}: username and password in, an access token out. */
public final class LoginEndpoint {
    static final int MAX_USERNAME_LENGTH = 64;
    static final int MAX_PASSWORD_LENGTH = 1024;
    private static final String BODY_SHAPE = "body must be JSON {\"username\": \"...\", \"password\": \"...\"}";

    private final UserRepository users;
    private final AuditLogRepository audit;
    private final PasswordHasher hasher;
    private final AccessTokens tokens;
    private final LoginThrottle throttle;

    public record LoginRequest(String username, String password) {}

    public record LoginResponse(String accessToken, String tokenType, long expiresIn, String username, String role) {}

    public LoginEndpoint(UserRepository users, AuditLogRepository audit, PasswordHasher hasher, AccessTokens tokens,
                         LoginThrottle throttle) {
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    public void login(Context ctx) {
        LoginRequest request = parse(ctx.body());
        String client = ctx.ip();
        Optional<Duration> wait = throttle.blockedFor(client, request.username());
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            ctx.header(Header.RETRY_AFTER, Long.toString(seconds));
            throw new TooManyRequestsResponse("too many failed logins, try again in " + seconds + " s");
        }
        Optional<User> user = users.find(request.username());
        boolean valid;
        if (user.isPresent()) {
            valid = hasher.verify(request.password(), user.get().passwordHash());
        } else {
            hasher.burn(request.password()); // same cost either way: timing must not reveal which usernames exist
            valid = false;
        }
        if (!valid) {
            throttle.failed(client, request.username());
            audit.record(request.username(), "login.failed", "from " + client);
            throw new UnauthorizedResponse("invalid credentials");
        }
        throttle.succeeded(client, request.username());
        Role role = Role.ofWireName(user.get().role());
        AccessTokens.Issued issued = tokens.issue(user.get().username(), role);
        audit.record(user.get().username(), "login", "from " + client);
        ctx.json(new LoginResponse(issued.token(), "Bearer", issued.ttl().toSeconds(), user.get().username(), role.wireName()));
    }

    static LoginRequest parse(String body) {
        if (body == null || body.isBlank()) throw new BadRequestResponse(BODY_SHAPE);
        JsonNode node;
        try {
            node = Json.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestResponse("malformed JSON: " + BODY_SHAPE);
        }
        if (node == null || !node.isObject()) throw new BadRequestResponse(BODY_SHAPE);
        String username = text(node, "username");
        String password = text(node, "password");
        if (username == null || username.isBlank() || password == null || password.isEmpty())
            throw new BadRequestResponse("username and password are required");
        if (username.length() > MAX_USERNAME_LENGTH) throw new BadRequestResponse("username is longer than " + MAX_USERNAME_LENGTH);
        if (password.length() > MAX_PASSWORD_LENGTH) throw new BadRequestResponse("password is longer than " + MAX_PASSWORD_LENGTH);
        return new LoginRequest(username.trim(), password);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isString()) throw new BadRequestResponse(field + " must be a string");
        return value.asString();
    }
}
