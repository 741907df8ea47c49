package io.polybot.gateway.users;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.polybot.gateway.api.JsonBodies;
import io.polybot.gateway.auth.AccessControl;
import io.polybot.gateway.auth.AdminBootstrap;
import io.polybot.gateway.auth.PasswordHasher;
import io.polybot.gateway.auth.Principal;
import io.polybot.gateway.auth.RefreshTokens;
import io.polybot.gateway.auth.Role;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.UserAccount;
import io.polybot.store.repo.UserRepository;
import tools.jackson.databind.JsonNode;

import java.util.regex.Pattern;

/**
 * {@code /api/users} (admin): list, create, change role or password, delete. A change ends the
 * user's sign-ins (refresh tokens), so a new role or password holds from the next access token on.
 * The last admin cannot be demoted or deleted, and nobody deletes themself.
 */
public final class UserEndpoints {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final int MAX_PASSWORD_LENGTH = 1024;

    private final UserRepository users;
    private final AuditLogRepository audit;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;

    public UserEndpoints(UserRepository users, AuditLogRepository audit, PasswordHasher hasher, RefreshTokens refreshTokens) {
        this.users = users;
        this.audit = audit;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
    }

    public void list(Context ctx) { ctx.json(users.accounts()); }

    public void create(Context ctx) {
        Principal admin = AccessControl.principal(ctx);
        JsonNode body = JsonBodies.object(ctx, "body must be JSON {\"username\", \"password\", \"role\"}");
        String username = JsonBodies.text(body, "username");
        if (username == null || !USERNAME.matcher(username).matches())
            throw new BadRequestResponse("username must be 1 to 64 letters, digits, '.', '_' or '-'");
        String password = password(JsonBodies.text(body, "password"));
        Role role = role(JsonBodies.text(body, "role"));
        if (users.find(username).isPresent()) throw new ConflictResponse("user '" + username + "' already exists");
        try {
            users.create(username, hasher.hash(password), role.wireName());
        } catch (IllegalStateException e) {
            throw new ConflictResponse("user '" + username + "' already exists");
        }
        audit.record(admin.username(), "user.created", "'" + username + "' as " + role.wireName());
        ctx.status(201).json(account(username));
    }

    public void update(Context ctx) {
        Principal admin = AccessControl.principal(ctx);
        String username = ctx.pathParam("username");
        UserAccount before = account(username);
        JsonNode body = JsonBodies.object(ctx, "body must be JSON {\"role\"?, \"password\"?}");
        String roleText = JsonBodies.text(body, "role");
        String passwordText = JsonBodies.text(body, "password");
        if (roleText == null && passwordText == null) throw new BadRequestResponse("give a role, a password or both");
        Role role = roleText == null ? null : role(roleText);
        String password = passwordText == null ? null : password(passwordText);
        if (role != null && before.role().equals(Role.ADMIN.wireName()) && role != Role.ADMIN && users.countWithRole(Role.ADMIN.wireName()) <= 1)
            throw new ConflictResponse("'" + username + "' is the last admin: make someone else admin first");
        StringBuilder detail = new StringBuilder("'" + username + "'");
        if (role != null) {
            users.updateRole(username, role.wireName());
            detail.append(" role ").append(before.role()).append(" -> ").append(role.wireName());
        }
        if (password != null) {
            users.updatePasswordHash(username, hasher.hash(password));
            detail.append(" password changed");
        }
        refreshTokens.revokeUser(username, "user changed");
        audit.record(admin.username(), "user.updated", detail.toString());
        ctx.json(account(username));
    }

    public void delete(Context ctx) {
        Principal admin = AccessControl.principal(ctx);
        String username = ctx.pathParam("username");
        if (username.equals(admin.username())) throw new BadRequestResponse("you cannot delete yourself");
        UserAccount account = account(username);
        if (account.role().equals(Role.ADMIN.wireName()) && users.countWithRole(Role.ADMIN.wireName()) <= 1)
            throw new ConflictResponse("'" + username + "' is the last admin");
        users.delete(username);
        refreshTokens.revokeUser(username, "user deleted");
        audit.record(admin.username(), "user.deleted", "'" + username + "'");
        ctx.status(204);
    }

    private UserAccount account(String username) {
        return users.account(username).orElseThrow(() -> new NotFoundResponse("no user '" + abbreviate(username) + "'"));
    }

    private static String password(String password) {
        if (password == null || password.length() < AdminBootstrap.MIN_PASSWORD_LENGTH)
            throw new BadRequestResponse("password must be at least " + AdminBootstrap.MIN_PASSWORD_LENGTH + " characters");
        if (password.length() > MAX_PASSWORD_LENGTH) throw new BadRequestResponse("password is longer than " + MAX_PASSWORD_LENGTH);
        return password;
    }

    private static Role role(String text) {
        if (text == null) throw new BadRequestResponse("role is required: viewer, trader or admin");
        try {
            return Role.ofWireName(text);
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("role must be viewer, trader or admin, was '" + abbreviate(text) + "'");
        }
    }

    private static String abbreviate(String text) { return text.length() <= 64 ? text : text.substring(0, 64) + "…"; }
}
