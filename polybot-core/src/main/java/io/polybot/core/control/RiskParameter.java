package io.polybot.core.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The risk thresholds an operator may change at run time, by their key in a
 * {@link ControlCommand.Action#SET_PARAMETERS} command and in the API. Each key checks its own
 * value here, so the gateway refuses nonsense before it reaches the bus; execution checks the
 * whole set again before applying it.
 */
public enum RiskParameter {
    EQUITY("equity", Kind.POSITIVE_AMOUNT),
    MAX_POSITION_SHARE("maxPositionShare", Kind.FRACTION),
    MAX_POSITIONS_PER_EVENT("maxPositionsPerEvent", Kind.COUNT),
    MAX_TOTAL_EXPOSURE_SHARE("maxTotalExposureShare", Kind.FRACTION),
    DAILY_LOSS_LIMIT("dailyLossLimit", Kind.POSITIVE_AMOUNT),
    MAX_ENTRY_PRICE("maxEntryPrice", Kind.FRACTION),
    MAX_SLIPPAGE("maxSlippage", Kind.FRACTION),
    MAX_BOOK_AGE("maxBookAge", Kind.DURATION),
    MAX_ORDERS_PER_SECOND("maxOrdersPerSecond", Kind.COUNT);

    /** How a value is written: amounts and fractions as decimal text, counts as integers, durations in ISO-8601 ({@code PT30S}). */
    public enum Kind { POSITIVE_AMOUNT, FRACTION, COUNT, DURATION }

    private final String key;
    private final Kind kind;

    RiskParameter(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    public String key() { return key; }

    public Kind kind() { return kind; }

    public static Optional<RiskParameter> ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The keys, for error messages. */
    public static String keys() { return String.join(", ", Arrays.stream(values()).map(RiskParameter::key).toList()); }

    /** The value as a decimal; throws {@link IllegalArgumentException} saying what is wrong. */
    public BigDecimal decimal(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(key + " must be a decimal number, was '" + value + "'");
        }
        switch (kind) {
            case POSITIVE_AMOUNT -> {
                if (number.signum() <= 0) throw new IllegalArgumentException(key + " must be > 0, was " + value);
            }
            case FRACTION -> {
                if (number.signum() <= 0 || number.compareTo(BigDecimal.ONE) > 0)
                    throw new IllegalArgumentException(key + " must be in (0, 1], was " + value);
            }
            case COUNT -> {
                if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0)
                    throw new IllegalArgumentException(key + " must be a whole number >= 1, was " + value);
            }
            case DURATION -> throw new IllegalArgumentException(key + " is a duration, not a number");
        }
        return number;
    }

    public int count(String value) { return decimal(value).intValueExact(); }

    public Duration duration(String value) {
        if (kind != Kind.DURATION) throw new IllegalArgumentException(key + " is not a duration");
        Duration duration;
        try {
            duration = Duration.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be an ISO-8601 duration such as PT30S, was '" + value + "'");
        }
        if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException(key + " must be positive, was " + value);
        return duration;
    }

    /** Checks the value and returns it in its canonical text form. */
    public String validate(String value) {
        return switch (kind) {
            case DURATION -> duration(value).toString();
            case COUNT -> Integer.toString(count(value));
            default -> decimal(value).stripTrailingZeros().toPlainString();
        };
    }
}
