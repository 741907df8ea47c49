package io.polybot.store.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/** Reading columns into Polybot types; nulls stay null. */
public final class Columns {
    private Columns() {}

    /** TIMESTAMPTZ keeps microseconds: truncate rather than let the server round nanoseconds. */
    public static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static <T> T decimal(ResultSet rs, String column, Function<BigDecimal, T> make) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : make.apply(value);
    }

    public static <T> T text(ResultSet rs, String column, Function<String, T> make) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : make.apply(value);
    }

    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : Enum.valueOf(type, value);
    }
}
