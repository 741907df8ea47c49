package io.polybot.polymarket.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads a JSON array row by row; a row that throws is turned into a {@link RowParseException},
 * added to the client's error counter, and skipped.
 */
public final class RowReader {
    private final LongAdder errorCount = new LongAdder();

    /** Number of rows that failed to parse since this reader was created. */
    public long errorCount() {
        return errorCount.sum();
    }

    /** Reads every element of {@code array} with {@code row}; {@code array} must be a JSON array. */
    public <T> ParsedRows<T> readArray(JsonNode array, String source, Function<JsonNode, T> row) {
        if (array == null || !array.isArray()) throw new IllegalArgumentException(source + ": expected a JSON array");
        List<T> rows = new ArrayList<>(array.size());
        List<RowParseException> errors = new ArrayList<>();
        int index = 0;
        for (JsonNode element : array) {
            try {
                rows.add(row.apply(element));
            } catch (RuntimeException e) {
                // Any failure of one row (missing field, bad number, even a parser bug) must not lose the others.
                errors.add(count(new RowParseException(source, index, String.valueOf(e.getMessage()), e)));
            }
            index++;
        }
        return new ParsedRows<>(rows, errors, array.size());
    }

    /** Counts an error found outside {@link #readArray} (e.g. a bad market nested in an event). */
    public RowParseException count(RowParseException error) {
        errorCount.increment();
        return error;
    }
}
