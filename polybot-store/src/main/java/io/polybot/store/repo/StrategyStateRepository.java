package io.polybot.store.repo;

import io.polybot.core.time.Clock;
import io.polybot.store.internal.JsonColumns;
import org.jdbi.v3.core.Jdbi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A strategy's parameters and state as JSON values under keys (table {@code strategy_state}). */
public final class StrategyStateRepository {
    private final Jdbi jdbi;
    private final Clock clock;

    public StrategyStateRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Stores {@code value} (written with the shared Polybot JSON mapper) under the strategy's key. */
    public void put(String strategy, String key, Object value) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO strategy_state (strategy, key, value, updated_at)
                        VALUES (:strategy, :key, CAST(:value AS jsonb), :updatedAt)
                        ON CONFLICT (strategy, key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at""")
                .bind("strategy", strategy)
                .bind("key", key)
                .bind("value", JsonColumns.write(value))
                .bind("updatedAt", clock.now())
                .execute());
    }

    public <T> Optional<T> get(String strategy, String key, Class<T> type) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT value::text FROM strategy_state WHERE strategy = :strategy AND key = :key")
                .bind("strategy", strategy)
                .bind("key", key)
                .mapTo(String.class)
                .findOne()
                .map(json -> JsonColumns.read(json, type)));
    }

    /** All of the strategy's keys with their JSON text, ordered by key. */
    public Map<String, String> all(String strategy) {
        return jdbi.withHandle(handle -> {
            Map<String, String> values = new LinkedHashMap<>();
            handle.createQuery("SELECT key, value::text AS value FROM strategy_state WHERE strategy = :strategy ORDER BY key")
                    .bind("strategy", strategy)
                    .map((rs, ctx) -> Map.entry(rs.getString("key"), rs.getString("value")))
                    .forEach(entry -> values.put(entry.getKey(), entry.getValue()));
            return values;
        });
    }

    public void remove(String strategy, String key) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM strategy_state WHERE strategy = :strategy AND key = :key")
                .bind("strategy", strategy)
                .bind("key", key)
                .execute());
    }
}
