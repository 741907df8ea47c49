package io.polybot.gateway.auth;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.TooManyRequestsResponse;
import io.javalin.http.UnauthorizedResponse;
import io.polybot.gateway.api.JsonBodies;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.User;
import io.polybot.store.repo.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Optional;

/**
 * Sessions: {@code POST /api/auth/login} (username and password in, a short access token and an
 * opaque refresh token out), {@code /refresh} (a refresh token in, a rotated pair out),
 * {@code /logout} and {@code GET /api/auth/me}.
 */
public final class LoginEndpoint {
    private static final Logger log = LoggerFactory.getLogger(LoginEndpoint.class);
    static final int MAX_USERNAME_LENGTH = 64;
    static final int MAX_PASSWORD_LENGTH = 1024;
    static final int MAX_TOKEN_LENGTH = 256;
    private static final String BODY_SHAPE = "body must be JSON {\"username\": \"...\", \"password\": \"...\"}";

    private final UserRepository users;
    private final AuditLogRepository audit;
    private final PasswordHasher hasher;
    private final AccessTokens tokens;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;

    public record LoginRequest(String username, String password) {}

    /** Who is signed in, as the dashboard shows it. */
    public record UserView(String username, String role, boolean totpEnrolled) {}

    /** The answer of login and refresh. */
    public record Session(String accessToken, String refreshToken, long expiresIn, UserView user) {}

    public LoginEndpoint(UserRepository users, AuditLogRepository audit, PasswordHasher hasher, AccessTokens tokens,
                         RefreshTokens refreshTokens, LoginThrottle throttle) {
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.tokens = tokens;
        this.refreshTokens = refreshTokens;
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
        audit.record(user.get().username(), "login", "from " + client);
        ctx.json(session(user.get(), refreshTokens.issue(user.get().username())));
    }

    /** {@code POST /api/auth/refresh} {@code {"refreshToken"}}: public, the token is the credential. */
    public void refresh(Context ctx) {
        String token = refreshToken(ctx);
        switch (refreshTokens.exchange(token)) {
            case RefreshTokens.Exchange.Rotated rotated -> {
                Optional<User> user = users.find(rotated.username());
                if (user.isEmpty()) {
                    refreshTokens.revokeFamilyOf(rotated.next().token(), "user deleted");
                    throw new UnauthorizedResponse("user no longer exists");
                }
                ctx.json(session(user.get(), rotated.next()));
            }
            case RefreshTokens.Exchange.Refused refused -> {
                if (refused.reused()) {
                    log.warn("a spent refresh token of '{}' was presented from {}; all its sessions are revoked", refused.username(), ctx.ip());
                    audit.record(refused.username(), "token.reused", "spent refresh token presented from " + ctx.ip() + "; sign-in revoked");
                }
                throw new UnauthorizedResponse(refused.reason());
            }
        }
    }

    /** {@code POST /api/auth/logout} {@code {"refreshToken"}}: ends that sign-in; 204 whether or not it was live. */
    public void logout(Context ctx) {
        Principal principal = AccessControl.principal(ctx);
        if (refreshTokens.revoke(refreshToken(ctx), principal.username())) audit.record(principal.username(), "logout", "");
        ctx.status(204);
    }

    /** {@code GET /api/auth/me}. */
    public void me(Context ctx) { ctx.json(view(AccessControl.principal(ctx).username())); }

    UserView view(String username) {
        return users.account(username).map(a -> new UserView(a.username(), a.role(), a.totpEnrolled()))
                .orElseThrow(() -> new UnauthorizedResponse("user no longer exists"));
    }

    private Session session(User user, RefreshTokens.Issued refresh) {
        Role role = Role.ofWireName(user.role());
        AccessTokens.Issued access = tokens.issue(user.username(), role);
        return new Session(access.token(), refresh.token(), access.ttl().toSeconds(), view(user.username()));
    }

    private static String refreshToken(Context ctx) {
        JsonNode body = JsonBodies.object(ctx, "body must be JSON {\"refreshToken\": \"...\"}");
        String token = JsonBodies.text(body, "refreshToken");
        if (token == null || token.isBlank()) throw new BadRequestResponse("refreshToken is required");
        if (token.length() > MAX_TOKEN_LENGTH) throw new BadRequestResponse("refreshToken is longer than " + MAX_TOKEN_LENGTH);
        return token;
    }

    static LoginRequest parse(String body) {
        JsonNode node = JsonBodies.parseObject(body, BODY_SHAPE);
        String username = JsonBodies.text(node, "username");
        String password = JsonBodies.text(node, "password");
        if (username == null || username.isBlank() || password == null || password.isEmpty())
            throw new BadRequestResponse("username and password are required");
        if (username.length() > MAX_USERNAME_LENGTH) throw new BadRequestResponse("username is longer than " + MAX_USERNAME_LENGTH);
        if (password.length() > MAX_PASSWORD_LENGTH) throw new BadRequestResponse("password is longer than " + MAX_PASSWORD_LENGTH);
        return new LoginRequest(username.trim(), password);
    }
}
