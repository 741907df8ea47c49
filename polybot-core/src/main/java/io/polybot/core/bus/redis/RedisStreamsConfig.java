package io.polybot.core.bus.redis;

import io.polybot.core.bus.Topic;

import java.time.Duration;

/**
 * Tuning of the Redis Streams bus.
 *
 * @param maxDeliveries    deliveries of one entry, the first included, before it goes to the dlq
 * @param claimIdleTimeout how long an entry may stay unacknowledged before a consumer of its group re-claims it;
 *                         must exceed the slowest handler times the read batch ({@value StreamConsumer#READ_BATCH}),
 *                         or a live consumer's entries are handled twice
 * @param blockTimeout     how long one {@code XREADGROUP} waits for new entries; bounds how late a close or re-claim is
 * @param streamPrefix     put before each topic's stream name: {@code "polybot:"} gives {@code polybot:signals}
 * @param maxStreamLength  approximate number of entries kept per stream ({@code XADD MAXLEN ~}); older ones are trimmed
 */
public record RedisStreamsConfig(int maxDeliveries, Duration claimIdleTimeout, Duration blockTimeout,
                                 String streamPrefix, long maxStreamLength) {
    public static final String DEFAULT_STREAM_PREFIX = "polybot:";
    public static final long DEFAULT_MAX_STREAM_LENGTH = 100_000;

    public RedisStreamsConfig {
        if (maxDeliveries < 1) throw new IllegalArgumentException("max deliveries must be >= 1, was " + maxDeliveries);
        if (claimIdleTimeout == null || claimIdleTimeout.toMillis() < 1)
            throw new IllegalArgumentException("claim idle timeout must be >= 1 ms, was " + claimIdleTimeout);
        // BLOCK 0 would wait forever and make close() hang.
        if (blockTimeout == null || blockTimeout.toMillis() < 1)
            throw new IllegalArgumentException("block timeout must be >= 1 ms, was " + blockTimeout);
        if (streamPrefix == null) throw new IllegalArgumentException("stream prefix is required (may be empty)");
        if (maxStreamLength < 1) throw new IllegalArgumentException("max stream length must be >= 1, was " + maxStreamLength);
    }

    public RedisStreamsConfig(int maxDeliveries, Duration claimIdleTimeout, Duration blockTimeout, String streamPrefix) {
        this(maxDeliveries, claimIdleTimeout, blockTimeout, streamPrefix, DEFAULT_MAX_STREAM_LENGTH);
    }

    /** Production defaults: 5 deliveries, re-claim after 30 s, 1 s reads, prefix {@code polybot:}. */
    public static RedisStreamsConfig defaults() {
        return new RedisStreamsConfig(5, Duration.ofSeconds(30), Duration.ofSeconds(1), DEFAULT_STREAM_PREFIX);
    }

    public RedisStreamsConfig withStreamPrefix(String prefix) {
        return new RedisStreamsConfig(maxDeliveries, claimIdleTimeout, blockTimeout, prefix, maxStreamLength);
    }

    /** The Redis key of the topic's stream. */
    public String streamKey(Topic topic) { return streamPrefix + topic.streamName(); }
}
