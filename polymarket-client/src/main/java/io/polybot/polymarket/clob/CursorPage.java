package io.polybot.polymarket.clob;

import io.polybot.polymarket.parse.RowParseException;
import java.util.List;

/**
 * One page of a CLOB list endpoint: its rows, the rows that could not be read, and the cursor
 * of the next page ({@value #END} when this is the last; start with {@value #FIRST}).
 */
public record CursorPage<T>(List<T> data, List<RowParseException> errors, String nextCursor) {
    /** Base64 of "0": the first page. */
    public static final String FIRST = "MA==";
    /** Base64 of "-1": no more pages. */
    public static final String END = "LTE=";

    public CursorPage {
        data = List.copyOf(data);
        errors = List.copyOf(errors);
    }

    public boolean isLast() {
        return nextCursor == null || nextCursor.isEmpty() || END.equals(nextCursor);
    }
}
