package io.polybot.polymarket.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one list response that could be read, the errors of those that could not, and
 * how many rows the response held ({@code received}, which paging must use: a bad row still
 * counts towards a full page).
 */
public record ParsedRows<T>(List<T> rows, List<RowParseException> errors, int received) {
    public ParsedRows {
        rows = List.copyOf(rows);
        errors = List.copyOf(errors);
        if (received < 0) throw new IllegalArgumentException("received must not be negative, was " + received);
    }

    public static <T> ParsedRows<T> empty() {
        return new ParsedRows<>(List.of(), List.of(), 0);
    }

    /** This page followed by {@code next}. */
    public ParsedRows<T> plus(ParsedRows<T> next) {
        List<T> allRows = new ArrayList<>(rows);
        allRows.addAll(next.rows);
        List<RowParseException> allErrors = new ArrayList<>(errors);
        allErrors.addAll(next.errors);
        return new ParsedRows<>(allRows, allErrors, received + next.received);
    }
}
