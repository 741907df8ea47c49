package io.polybot.core.bus.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.polybot.core.id.Ids;

import java.time.Duration;

/**
 * The machine's real Redis for integration tests: {@code POLYBOT_TEST_REDIS_URL}, by default
 * {@code redis://127.0.0.1:6379}. Tests keep to keys under a {@link #uniquePrefix()} and delete
 * them afterwards, so that runs (and modules building at the same time) never see each other.
 */
public final class TestRedis implements AutoCloseable {
    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    public TestRedis() {
        client = RedisClient.create(url());
        try {
            connection = client.connect();
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            throw new IllegalStateException("tests need Redis at " + url() + " (set POLYBOT_TEST_REDIS_URL): " + e.getMessage(), e);
        }
    }

    public static String url() {
        String url = System.getenv("POLYBOT_TEST_REDIS_URL");
        return url == null || url.isBlank() ? "redis://127.0.0.1:6379" : url;
    }

    /** {@code polybot-test-<random>:}, a fresh key namespace. */
    public static String uniquePrefix() { return "polybot-test-" + Ids.random().substring(0, 8) + ":"; }

    public RedisCommands<String, String> commands() { return connection.sync(); }

    /** Deletes every key that starts with the prefix; returns how many. */
    public long deleteKeys(String prefix) {
        if (prefix.isEmpty()) throw new IllegalArgumentException("refusing to delete every key");
        long deleted = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = commands().scan(cursor, ScanArgs.Builder.matches(prefix + "*").limit(500));
            if (!page.getKeys().isEmpty()) deleted += commands().del(page.getKeys().toArray(String[]::new));
            cursor = page;
        } while (!cursor.isFinished());
        return deleted;
    }

    @Override public void close() {
        connection.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
