package io.polybot.polymarket.gamma;

import io.polybot.polymarket.parse.ParsedRows;
import io.polybot.polymarket.parse.RowParseException;
import io.polybot.polymarket.parse.RowReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses Gamma {@code /markets} and {@code /events} JSON. Unknown fields are ignored; a missing
 * required field ({@code conditionId}, {@code question} of a market; {@code id} of an event) is a
 * clear error. The row-by-row methods taking a {@link RowReader} keep the good rows of a page and
 * count the bad ones; {@link #markets(String)} is the strict all-or-nothing form.
 */
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

    /** Parses a {@code /markets} page row by row: bad markets become counted errors, the others are kept. */
    public static ParsedRows<GammaMarket> marketRows(String json, RowReader reader) {
        JsonNode root = read(json);
        if (!root.isArray()) throw new GammaParseException("Gamma /markets must return a JSON array");
        return reader.readArray(root, "Gamma /markets", GammaParser::market);
    }

    /** Parses a {@code /events} page row by row; a bad market inside a good event is counted, the event kept. */
    public static ParsedRows<GammaEvent> eventRows(String json, RowReader reader) {
        JsonNode root = read(json);
        if (!root.isArray()) throw new GammaParseException("Gamma /events must return a JSON array");
        List<RowParseException> nested = new ArrayList<>();
        ParsedRows<GammaEvent> events = reader.readArray(root, "Gamma /events", n -> event(n, reader, nested));
        List<RowParseException> errors = new ArrayList<>(events.errors());
        errors.addAll(nested);
        return new ParsedRows<>(events.rows(), errors, events.received());
    }

    /** Parses one event object ({@code /events/{id}}); bad nested markets are counted and skipped. */
    public static ParsedRows<GammaEvent> eventRow(String json, RowReader reader) {
        JsonNode root = read(json);
        if (!root.isObject()) throw new GammaParseException("Gamma event must be a JSON object");
        List<RowParseException> nested = new ArrayList<>();
        return new ParsedRows<>(List.of(event(root, reader, nested)), nested, 1);
    }

    /** Parses one market object ({@code /markets/{id}}, {@code /markets/slug/{slug}}). */
    public static GammaMarket market(String json) {
        JsonNode root = read(json);
        if (!root.isObject()) throw new GammaParseException("Gamma market must be a JSON object");
        return market(root);
    }

    static GammaEvent event(JsonNode node, RowReader reader, List<RowParseException> nested) {
        if (!node.isObject()) throw new GammaParseException("Gamma event must be a JSON object");
        String id = required(node, "id");
        String slug = text(node, "slug");
        List<GammaMarket> markets = new ArrayList<>();
        JsonNode array = node.path("markets");
        if (array.isArray()) {
            for (JsonNode m : array) {
                try {
                    GammaMarket market = market(m);
                    markets.add(market.eventSlug() == null ? withEventSlug(market, slug) : market);
                } catch (RuntimeException e) {
                    nested.add(reader.count(new RowParseException("Gamma event " + id + " market", -1, String.valueOf(e.getMessage()), e)));
                }
            }
        }
        return new GammaEvent(id, slug, text(node, "title"), node.path("active").asBoolean(false),
                node.path("closed").asBoolean(false), node.path("archived").asBoolean(false),
                node.path("negRisk").asBoolean(false), text(node, "negRiskMarketID"), instant(text(node, "endDate")), markets);
    }

    private static GammaMarket withEventSlug(GammaMarket m, String eventSlug) {
        return new GammaMarket(m.id(), m.conditionId(), m.question(), m.slug(), eventSlug, m.category(), m.outcomes(),
                m.clobTokenIds(), m.outcomePrices(), m.orderPriceMinTickSize(), m.orderMinSize(), m.negRisk(), m.active(),
                m.closed(), m.acceptingOrders(), m.enableOrderBook(), m.endDate(), m.umaResolutionStatus());
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
        // Responses saved by some tools start with a UTF-8 byte-order mark.
        String text = json != null && json.startsWith("\uFEFF") ? json.substring(1) : json;
        try {
            return MAPPER.readTree(text);
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
