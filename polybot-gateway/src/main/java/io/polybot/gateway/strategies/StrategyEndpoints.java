package io.polybot.gateway.strategies;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.StrategyChange;
import io.polybot.core.json.Json;
import io.polybot.core.time.Clock;
import io.polybot.gateway.api.JsonBodies;
import io.polybot.gateway.auth.AccessControl;
import io.polybot.gateway.auth.Principal;
import io.polybot.gateway.strategies.StrategyCatalog.StrategySpec;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.StrategyStateRepository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * {@code /api/strategies}: the strategies with their current parameters, and changing them. A
 * change is validated key by key (nothing is applied when one is wrong), kept in
 * {@code strategy_state} (so the list shows it after a restart and across gateways), audited,
 * and published on {@code control} as a {@link StrategyChange}, which the strategy role applies live.
 */
public final class StrategyEndpoints {
    static final String SOURCE = "gateway.strategies";
    static final String STATE_KEY = StrategyChange.STATE_KEY;
    private static final TypeReference<Map<String, String>> TEXT_MAP = new TypeReference<>() {};

    /** A strategy as listed. */
    public record StrategyView(String name, boolean enabled, String description, List<ParameterView> parameters) {}

    /** @param value the current value: a number, a boolean or an ISO-8601 duration */
    public record ParameterView(String key, Object value, String type, Object min, Object max, String description) {}

    private final StrategyCatalog catalog;
    private final StrategyStateRepository state;
    private final AuditLogRepository audit;
    private final MessageBus bus;
    private final Clock clock;
    private final Consumer<StrategyView> onChange;

    public StrategyEndpoints(StrategyCatalog catalog, StrategyStateRepository state, AuditLogRepository audit, MessageBus bus, Clock clock,
                             Consumer<StrategyView> onChange) {
        this.catalog = catalog;
        this.state = state;
        this.audit = audit;
        this.bus = bus;
        this.clock = clock;
        this.onChange = onChange;
    }

    public void list(Context ctx) { ctx.json(catalog.specs().stream().map(this::view).toList()); }

    public void update(Context ctx) {
        Principal principal = AccessControl.principal(ctx);
        StrategySpec spec = catalog.spec(ctx.pathParam("name"))
                .orElseThrow(() -> new NotFoundResponse("no strategy '" + abbreviate(ctx.pathParam("name")) + "'; known: "
                        + String.join(", ", catalog.specs().stream().map(StrategySpec::name).toList())));
        JsonNode body = JsonBodies.object(ctx, "body must be JSON {\"enabled\"?: true|false, \"parameters\"?: {\"key\": value}}");
        Map<String, String> changes = new TreeMap<>();
        JsonNode enabled = body.get(StrategyCatalog.ENABLED);
        if (enabled != null && !enabled.isNull()) {
            if (!enabled.isBoolean()) throw new BadRequestResponse("enabled must be true or false");
            changes.put(StrategyCatalog.ENABLED, Boolean.toString(enabled.booleanValue()));
        }
        JsonNode parameters = body.get("parameters");
        if (parameters != null && !parameters.isNull()) {
            if (!parameters.isObject()) throw new BadRequestResponse("parameters must be a JSON object {\"key\": value}");
            for (var field : parameters.properties()) {
                ParameterSpec parameter = spec.parameter(field.getKey()).orElseThrow(() -> new BadRequestResponse(
                        "unknown parameter '" + abbreviate(field.getKey()) + "' of " + spec.name() + "; known: " + spec.keys()));
                changes.put(parameter.key(), parameter.validate(field.getValue()));
            }
        }
        if (changes.isEmpty()) throw new BadRequestResponse("give enabled, parameters or both");
        Map<String, String> stored = new TreeMap<>(stored(spec.name()));
        stored.putAll(changes);
        checkTogether(spec, current(spec.name(), stored));
        state.put(spec.name(), STATE_KEY, stored);
        audit.record(principal.username(), "strategy.update", spec.name() + " " + changes);
        Instant now = clock.now();
        bus.publish(Topic.CONTROL, Envelope.of(SOURCE, now, now,
                new StrategyChange(spec.name(), changes, principal.username(), "changed through the API", now)));
        StrategyView view = view(spec);
        onChange.accept(view);
        ctx.json(view);
    }

    /** The strategy's values now: its defaults with the operator's changes over them. */
    public Map<String, String> current(String name) { return current(name, stored(name)); }

    private Map<String, String> current(String name, Map<String, String> stored) {
        Map<String, String> values = new LinkedHashMap<>(catalog.defaults(name));
        values.putAll(stored);
        return values;
    }

    /** Rules across parameters; none today beyond each one's range, the window must simply fit the trade history. */
    private static void checkTogether(StrategySpec spec, Map<String, String> values) {
        if (spec.name().equals(StrategyCatalog.BASKET_COPY) && Duration.parse(values.get("window")).isZero())
            throw new BadRequestResponse("window must be positive");
    }

    private Map<String, String> stored(String name) {
        String json = state.all(name).get(STATE_KEY);
        return json == null ? Map.of() : Map.copyOf(Json.mapper().readValue(json, TEXT_MAP));
    }

    StrategyView view(StrategySpec spec) {
        Map<String, String> values = current(spec.name());
        List<ParameterView> parameters = spec.parameters().stream()
                .map(p -> new ParameterView(p.key(), p.display(values.get(p.key())), p.type().wireName(), p.display(p.min()), p.display(p.max()),
                        p.description()))
                .toList();
        return new StrategyView(spec.name(), Boolean.parseBoolean(values.getOrDefault(StrategyCatalog.ENABLED, "true")), spec.description(),
                parameters);
    }

    private static String abbreviate(String text) { return text.length() <= 40 ? text : text.substring(0, 40) + "…"; }
}
