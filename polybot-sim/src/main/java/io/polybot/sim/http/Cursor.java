package io.polybot.sim.http;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The CLOB's cursor paging: the cursor is base64 of the offset, {@code MA==} ("0") starts and
 * {@code LTE=} ("-1") marks the end (PROTOCOL §4).
 */
public final class Cursor {
    public static final String START = "MA==";
    public static final String END = "LTE=";

    private Cursor() {}

    /** The CLOB page envelope. */
    public record Page<T>(int limit, int count, @JsonProperty("next_cursor") String nextCursor, List<T> data) {}

    public static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) return 0;
        if (cursor.equals(END)) return -1;
        try {
            int offset = Integer.parseInt(new String(Base64.getDecoder().decode(cursor.trim()), StandardCharsets.US_ASCII));
            if (offset < 0) throw ApiError.badRequest("invalid next_cursor");
            return offset;
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("invalid next_cursor");
        }
    }

    /** One page of {@code all} starting at {@code cursor}. */
    public static <T> Page<T> page(List<T> all, String cursor, int pageSize) {
        int offset = offset(cursor);
        if (offset < 0 || offset >= all.size()) return new Page<>(pageSize, 0, END, List.of());
        int end = Math.min(all.size(), offset + pageSize);
        String next = end >= all.size() ? END : Base64.getEncoder().encodeToString(Integer.toString(end).getBytes(StandardCharsets.US_ASCII));
        return new Page<>(pageSize, end - offset, next, List.copyOf(all.subList(offset, end)));
    }
}
