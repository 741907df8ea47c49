package io.polybot.gateway.auth;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.polybot.core.time.Clock;
import io.polybot.gateway.api.JsonBodies;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.TotpState;
import io.polybot.store.repo.UserRepository;
import tools.jackson.databind.JsonNode;

import java.util.OptionalLong;

/**
 * Enrolling an authenticator: {@code POST /api/auth/totp/enrol} hands out a new secret (pending),
 * {@code POST /api/auth/totp/verify} with a code from it makes it the active one. Replacing an
 * active authenticator needs a code from it, so a stolen access token cannot swap it.
 */
public final class TotpEndpoints {
    private final UserRepository users;
    private final AuditLogRepository audit;
    private final TotpSecondFactor secondFactor;
    private final Totp totp;
    private final Clock clock;

    public record Enrolment(String secret, String otpauthUri) {}

    public record Verified(boolean totpEnrolled) {}

    public TotpEndpoints(UserRepository users, AuditLogRepository audit, TotpSecondFactor secondFactor, Totp totp, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.secondFactor = secondFactor;
        this.totp = totp;
        this.clock = clock;
    }

    public void enrol(Context ctx) {
        Principal principal = AccessControl.principal(ctx);
        TotpState state = users.totp(principal.username()).orElse(new TotpState(null, null, null));
        if (state.enrolled()) {
            String body = ctx.body();
            secondFactor.verify(principal, body == null || body.isBlank() ? null : JsonBodies.parseObject(body, "body must be a JSON object"));
        }
        String secret = totp.newSecret();
        users.startTotpEnrolment(principal.username(), secret);
        audit.record(principal.username(), "totp.enrol", state.enrolled() ? "re-enrolment started" : "enrolment started");
        ctx.json(new Enrolment(secret, Totp.otpauthUri(principal.username(), secret)));
    }

    public void verify(Context ctx) {
        Principal principal = AccessControl.principal(ctx);
        JsonNode body = JsonBodies.object(ctx, "body must be JSON {\"code\": \"123456\"}");
        String code = JsonBodies.text(body, "code");
        if (code == null || code.isBlank()) throw new BadRequestResponse("code is required");
        TotpState state = users.totp(principal.username()).orElse(new TotpState(null, null, null));
        if (state.pendingSecret() == null) throw new BadRequestResponse("no enrolment in progress: start one with POST /api/auth/totp/enrol");
        OptionalLong step = Totp.matchingStep(state.pendingSecret(), code.trim(), clock.now());
        if (step.isEmpty()) throw new BadRequestResponse("wrong code: enter the current 6-digit code of the authenticator");
        if (!users.activateTotp(principal.username(), state.pendingSecret(), step.getAsLong()))
            throw new ConflictResponse("a newer enrolment was started meanwhile: verify a code from it");
        audit.record(principal.username(), "totp.enrolled", "authenticator activated");
        ctx.json(new Verified(true));
    }
}
