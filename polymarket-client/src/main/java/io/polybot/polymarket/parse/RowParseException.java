package io.polybot.polymarket.parse;

/**
 * One row of a list response that could not be read (a missing required field, a malformed
 * number). It is reported next to the rows that could be read, never instead of them.
 */
public final class RowParseException extends RuntimeException {
    private final String source;
    private final int index;

    /**
     * @param source what was read, e.g. "Data API /trades"
     * @param index position of the row in its page (0-based), or -1 for a nested or single object
     */
    public RowParseException(String source, int index, String message, Throwable cause) {
        super(source + (index >= 0 ? " row " + index : "") + ": " + message, cause);
        this.source = source;
        this.index = index;
    }

    public String source() {
        return source;
    }

    public int index() {
        return index;
    }
}
