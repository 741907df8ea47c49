package io.polybot.gateway.auth;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.TooManyRequestsResponse;
import io.polybot.core.time.Clock;
import io.polybot.gateway.control.SecondFactor;
import io.polybot.store.repo.TotpState;
import io.polybot.store.repo.UserRepository;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second factor for releasing the kill switch and arming live trading: a current TOTP code
 * in the body's {@code "totp"} field, from the caller's enrolled authenticator. Each code works
 * once; repeated wrong codes lock the check for a while, like failed logins.
 */
public final class TotpSecondFactor implements SecondFactor {
    static final String FIELD = "totp";
    static final String REQUIRED = "a valid TOTP code is required in the field \"totp\"";

    private final UserRepository users;
    private final LoginThrottle throttle;
    private final Clock clock;

    public TotpSecondFactor(UserRepository users, LoginThrottle throttle, Clock clock) {
        this.users = users;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Override public void verify(Principal principal, JsonNode body) {
        String username = principal.username();
        Optional<Duration> wait = throttle.blockedFor(FIELD, username);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            throw new TooManyRequestsResponse("too many wrong TOTP codes, try again in " + seconds + " s");
        }
        TotpState state = users.totp(username).orElse(new TotpState(null, null, null));
        if (!state.enrolled())
            throw new ForbiddenResponse("a second factor is required: enrol a TOTP authenticator in Settings first");
        JsonNode value = body == null ? null : body.get(FIELD);
        if (value == null || value.isNull() || !value.isString() || value.asString().isBlank())
            throw new ForbiddenResponse(REQUIRED);
        OptionalLong step = Totp.matchingStep(state.secret(), value.asString().trim(), clock.now());
        if (step.isEmpty()) {
            throttle.failed(FIELD, username);
            throw new ForbiddenResponse(REQUIRED + ": the code is wrong or expired");
        }
        if (!users.acceptTotpStep(username, step.getAsLong()))
            throw new ForbiddenResponse(REQUIRED + ": that code was already used, wait for the next one");
        throttle.succeeded(FIELD, username);
    }
}
