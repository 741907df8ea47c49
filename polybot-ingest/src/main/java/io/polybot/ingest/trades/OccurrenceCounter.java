package io.polybot.ingest.trades;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numbers identical fills: one transaction can carry several fills with the same wallet, token,
 * side, price and size, so the n-th sighting of the same content is occurrence n. Bounded: it
 * remembers the most recent {@code capacity} contents, far more than one transaction's fills.
 */
final class OccurrenceCounter {
    private final Map<String, Integer> seen;

    OccurrenceCounter(int capacity) {
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, false) {
            @Override protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) { return size() > capacity; }
        };
    }

    /** Returns 0 for the first sighting of this content key, 1 for the second, and so on. */
    synchronized int next(String contentKey) {
        int occurrence = seen.getOrDefault(contentKey, -1) + 1;
        seen.put(contentKey, occurrence);
        return occurrence;
    }
}
