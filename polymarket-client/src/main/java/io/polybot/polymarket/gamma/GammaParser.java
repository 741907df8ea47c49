package io.polybot.polymarket.gamma;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Parses Gamma {@code /markets} JSON. Unknown fields are ignored; a missing required field is a clear error. */
public final class GammaParser {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private GammaParser() {}

    /** Parses a {@code /markets} page (a JSON array); a malformed element throws {@link GammaParseException}. */
    public static List<GammaMarket> markets(String json) {
        JsonNode root = read(json);
        if (!root.isArray()) throw new GammaParseException("Gamma /markets must return a JSON array");
        List<GammaMarket> markets = new ArrayList<>(root.size());
        for (JsonNode node : root) markets.add(market(node));
        return markets;
    }

    public static GammaMarket market(JsonNode node) {
        String conditionId = required(node, "conditionId");
        JsonNode events = node.path("events");
        String eventSlug = events.isArray() && !events.isEmpty() ? events.get(0).path("slug").asString(null) : null;
        return new GammaMarket(
                text(node, "id"), conditionId, required(node, "question"), text(node, "slug"), eventSlug,
                text(node, "category"),
                stringList(node, "outcomes", conditionId), stringList(node, "clobTokenIds", conditionId),
                stringList(node, "outcomePrices", conditionId).stream().map(BigDecimal::new).toList(),
                decimal(node, "orderPriceMinTickSize"), decimal(node, "orderMinSize"),
                node.path("negRisk").asBoolean(false), node.path("active").asBoolean(false),
                node.path("closed").asBoolean(false), node.path("acceptingOrders").asBoolean(false),
                node.path("enableOrderBook").asBoolean(false), instant(text(node, "endDate")),
                text(node, "umaResolutionStatus"));
    }

    private static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (RuntimeException e) {
            throw new GammaParseException("Gamma response is not JSON: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isEmpty()) throw new GammaParseException("Gamma market is missing required field '" + field + "'");
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asString().isEmpty()) return null;
        return value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
    }

    /** Gamma encodes these arrays as JSON text inside a string ("[\"Yes\",\"No\"]"); accept a real array too. */
    private static List<String> stringList(JsonNode node, String field, String conditionId) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return List.of();
        JsonNode array = value.isString() ? read(value.asString()) : value;
        if (!array.isArray()) throw new GammaParseException("Gamma market " + conditionId + ": '" + field + "' is not a list");
        List<String> out = new ArrayList<>(array.size());
        for (JsonNode element : array) out.add(element.asString());
        return out;
    }

    private static Instant instant(String text) {
        if (text == null || text.isEmpty()) return null;
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    }
}
