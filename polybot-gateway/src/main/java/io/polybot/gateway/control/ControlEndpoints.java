package io.polybot.gateway.control;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.control.RiskParameter;
import io.polybot.core.json.Json;
import io.polybot.core.time.Clock;
import io.polybot.gateway.auth.AccessControl;
import io.polybot.gateway.auth.Principal;
import io.polybot.store.repo.AuditLogRepository;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The kill switch and risk thresholds over HTTP. Every action is published on {@code control},
 * which every instance obeys, and written to the audit log with who did it and why. Engaging the
 * kill switch needs only the trader role, on purpose: stopping must be easy. Releasing it and
 * arming live trading are separate actions that also need the second factor.
 */
public final class ControlEndpoints {
    static final int MAX_REASON_LENGTH = 500;
    static final String SOURCE = "gateway.control";

    /** The answer to a kill, a release or a risk change: what was published. */
    public record Published(String action, String by, String reason, Map<String, String> parameters, Instant issuedAt) {}

    private final ControlView view;
    private final MessageBus bus;
    private final AuditLogRepository audit;
    private final SecondFactor secondFactor;
    private final Clock clock;

    public ControlEndpoints(ControlView view, MessageBus bus, AuditLogRepository audit, SecondFactor secondFactor, Clock clock) {
        this.view = view;
        this.bus = bus;
        this.audit = audit;
        this.secondFactor = secondFactor;
        this.clock = clock;
    }

    /** {@code GET /api/control}. */
    public void get(Context ctx) { ctx.json(view.state()); }

    /** {@code POST /api/control/kill} {@code {"reason"}}. */
    public void kill(Context ctx) { act(ctx, ControlCommand.Action.KILL, false); }

    /** {@code POST /api/control/release} {@code {"reason", "totp"}}: separate from the kill, audited, needs the second factor. */
    public void release(Context ctx) { act(ctx, ControlCommand.Action.RELEASE, true); }

    /** {@code POST /api/control/arm} {@code {"reason", "totp"}}: lets execution send real-money orders; needs the second factor. */
    public void arm(Context ctx) { act(ctx, ControlCommand.Action.ARM, true); }

    /** {@code POST /api/control/disarm} {@code {"reason"}}: like the kill switch, stepping back needs no second factor. */
    public void disarm(Context ctx) { act(ctx, ControlCommand.Action.DISARM, false); }

    /** One control action: a reason, the second factor where it is needed, then published, audited as control.<action>, answered. */
    private void act(Context ctx, ControlCommand.Action action, boolean needsSecondFactor) {
        Principal principal = AccessControl.principal(ctx);
        JsonNode body = body(ctx);
        String reason = reason(body);
        if (needsSecondFactor) secondFactor.verify(principal, body);
        ControlCommand command = publish(action, principal, reason, Map.of());
        audit.record(principal.username(), "control." + action.name().toLowerCase(Locale.ROOT), reason);
        ctx.json(published(command));
    }

    /**
     * {@code PUT /api/control/risk} with some thresholds, e.g. {@code {"maxSlippage": "0.02"}}.
     * Each value is checked here; execution checks the set again and applies all or nothing.
     */
    public void risk(Context ctx) {
        Principal principal = AccessControl.principal(ctx);
        JsonNode body = body(ctx);
        Map<String, String> parameters = new TreeMap<>();
        for (var field : body.properties()) {
            RiskParameter parameter = RiskParameter.ofKey(field.getKey()).orElseThrow(() -> new BadRequestResponse(
                    "unknown risk parameter '" + field.getKey() + "'; known: " + RiskParameter.keys()));
            JsonNode value = field.getValue();
            if (!value.isString() && !value.isNumber())
                throw new BadRequestResponse(parameter.key() + " must be a number or a string");
            try {
                parameters.put(parameter.key(), parameter.validate(value.isNumber() ? value.decimalValue().toPlainString() : value.asString()));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse(e.getMessage());
            }
        }
        if (parameters.isEmpty()) throw new BadRequestResponse("give at least one risk parameter; known: " + RiskParameter.keys());
        ControlCommand command = publish(ControlCommand.Action.SET_PARAMETERS, principal, "risk limits changed through the API", parameters);
        audit.record(principal.username(), "control.risk", parameters.toString());
        ctx.status(202).json(published(command));
    }

    private ControlCommand publish(ControlCommand.Action action, Principal principal, String reason, Map<String, String> parameters) {
        Instant now = clock.now();
        ControlCommand command = new ControlCommand(action, principal.username(), reason, parameters, now);
        bus.publish(Topic.CONTROL, Envelope.of(SOURCE, now, now, command));
        view.onCommand(command);
        return command;
    }

    private static Published published(ControlCommand c) {
        return new Published(c.action().name(), c.actor(), c.reason(), new LinkedHashMap<>(c.parameters()), c.issuedAt());
    }

    static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text == null || text.isBlank()) throw new BadRequestResponse("body must be a JSON object");
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (JacksonException e) {
            throw new BadRequestResponse("malformed JSON: body must be a JSON object");
        }
        if (node == null || !node.isObject()) throw new BadRequestResponse("body must be a JSON object");
        return node;
    }

    static String reason(JsonNode body) {
        JsonNode value = body.get("reason");
        if (value == null || value.isNull() || !value.isString() || value.asString().isBlank())
            throw new BadRequestResponse("a reason is required: {\"reason\": \"...\"}");
        String reason = value.asString().trim();
        if (reason.length() > MAX_REASON_LENGTH) throw new BadRequestResponse("reason is longer than " + MAX_REASON_LENGTH + " characters");
        return reason;
    }
}
