package io.polybot.gateway.strategies;

import io.javalin.http.BadRequestResponse;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * One tunable parameter of a strategy: its type and the range an operator may set it to. Values
 * travel as canonical text (decimals plain, durations ISO-8601) on the bus and in the store.
 */
public record ParameterSpec(String key, Type type, String min, String max, String description) {
    public enum Type {
        DECIMAL, INTEGER, DURATION, BOOLEAN;

        public String wireName() { return name().toLowerCase(Locale.ROOT); }
    }

    /** The request's value checked against type and range, as canonical text; a 400 naming the key and the rule otherwise. */
    public String validate(JsonNode value) {
        if (value == null || value.isNull()) throw bad("must have a value");
        return switch (type) {
            case BOOLEAN -> {
                if (!value.isBoolean()) throw bad("must be true or false");
                yield Boolean.toString(value.booleanValue());
            }
            case DECIMAL, INTEGER -> {
                BigDecimal number = number(value);
                if (type == Type.INTEGER && number.stripTrailingZeros().scale() > 0) throw bad("must be a whole number, was " + number.toPlainString());
                if (number.compareTo(new BigDecimal(min)) < 0 || number.compareTo(new BigDecimal(max)) > 0)
                    throw bad("must be between " + min + " and " + max + ", was " + number.toPlainString());
                yield type == Type.INTEGER ? number.toBigIntegerExact().toString() : number.stripTrailingZeros().toPlainString();
            }
            case DURATION -> {
                if (!value.isString()) throw bad("must be an ISO-8601 duration such as PT24H");
                Duration duration;
                try {
                    duration = Duration.parse(value.asString().trim());
                } catch (DateTimeParseException e) {
                    throw bad("must be an ISO-8601 duration such as PT24H, was '" + abbreviate(value.asString()) + "'");
                }
                if (duration.compareTo(Duration.parse(min)) < 0 || duration.compareTo(Duration.parse(max)) > 0)
                    throw bad("must be between " + min + " and " + max + ", was " + duration);
                yield duration.toString();
            }
        };
    }

    /** The canonical text as the JSON value the API shows: a number, a boolean or a duration string. */
    public Object display(String canonical) {
        return switch (type) {
            case BOOLEAN -> Boolean.parseBoolean(canonical);
            case DECIMAL, INTEGER -> new BigDecimal(canonical);
            case DURATION -> canonical;
        };
    }

    private BigDecimal number(JsonNode value) {
        if (value.isNumber()) return value.decimalValue();
        if (value.isString()) {
            try {
                return new BigDecimal(value.asString().trim());
            } catch (NumberFormatException e) {
                throw bad("must be a number, was '" + abbreviate(value.asString()) + "'");
            }
        }
        throw bad("must be a number");
    }

    private BadRequestResponse bad(String rule) { return new BadRequestResponse(key + " " + rule); }

    private static String abbreviate(String text) { return text.length() <= 20 ? text : text.substring(0, 20) + "…"; }
}
