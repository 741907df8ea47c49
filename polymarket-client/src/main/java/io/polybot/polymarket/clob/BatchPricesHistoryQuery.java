package io.polybot.polymarket.clob;

import io.polybot.polymarket.internal.JsonText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Body of {@code POST /batch-prices-history}: up to {@value #MAX_TOKENS} tokens and either a
 * range ({@code start}/{@code end}) or an {@code interval} ("max", "all", "1m", "1w", "1d", "6h", "1h").
 *
 * @param fidelityMinutes resolution in minutes, or null for the venue's default
 */
public record BatchPricesHistoryQuery(List<String> tokenIds, Instant start, Instant end, String interval, Integer fidelityMinutes) {
    public static final int MAX_TOKENS = 20;

    public BatchPricesHistoryQuery {
        tokenIds = List.copyOf(Objects.requireNonNull(tokenIds, "tokenIds"));
        if (tokenIds.isEmpty() || tokenIds.size() > MAX_TOKENS)
            throw new IllegalArgumentException("1 to " + MAX_TOKENS + " tokens per call, got " + tokenIds.size());
        if (interval == null && (start == null || end == null))
            throw new IllegalArgumentException("give either an interval or both start and end");
    }

    public static BatchPricesHistoryQuery interval(List<String> tokenIds, String interval, Integer fidelityMinutes) {
        return new BatchPricesHistoryQuery(tokenIds, null, null, interval, fidelityMinutes);
    }

    public static BatchPricesHistoryQuery range(List<String> tokenIds, Instant start, Instant end, Integer fidelityMinutes) {
        return new BatchPricesHistoryQuery(tokenIds, start, end, null, fidelityMinutes);
    }

    String toJson() {
        JsonText json = new JsonText().beginObject().name("markets").beginArray();
        tokenIds.forEach(json::string);
        json.endArray();
        if (start != null) json.name("start_ts").number(Long.toString(start.getEpochSecond()));
        if (end != null) json.name("end_ts").number(Long.toString(end.getEpochSecond()));
        if (interval != null) json.field("interval", interval);
        if (fidelityMinutes != null) json.name("fidelity").number(fidelityMinutes.toString());
        return json.endObject().toString();
    }
}
