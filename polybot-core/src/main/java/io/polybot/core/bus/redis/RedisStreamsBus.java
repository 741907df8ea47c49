package io.polybot.core.bus.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.XAddArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.bus.GroupLag;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.id.Ids;
import io.polybot.core.time.Clock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bus across processes: one Redis stream per topic ({@code <prefix><topic>}), each entry a
 * single field {@value #ENVELOPE_FIELD} holding the envelope's JSON, one consumer group per
 * subscription group. Each subscription reads on its own connection and virtual thread, since a
 * blocking {@code XREADGROUP} stalls every other command on a shared Lettuce connection.
 * Publishing shares one connection. See {@link StreamConsumer} for acknowledgement, re-claim and
 * the dlq.
 */
public final class RedisStreamsBus implements MessageBus {
    /** The stream entry field that holds {@link EnvelopeCodec#encode}'s JSON. */
    public static final String ENVELOPE_FIELD = "envelope";

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> publisher;
    private final Clock clock;
    private final RedisStreamsConfig config;
    // Consumer names only need to be unique within a group; pid and a random part keep restarts apart in XINFO.
    private final String consumerPrefix = ProcessHandle.current().pid() + "-" + Ids.random().substring(0, 8);
    private final AtomicLong consumerCount = new AtomicLong();
    private final List<StreamConsumer> consumers = new ArrayList<>();
    private volatile boolean closed; // set under the consumers lock

    /** Connects at once, so a wrong URI or a Redis that is down fails here, not on the first publish. */
    public RedisStreamsBus(String redisUri, Clock clock, RedisStreamsConfig config) {
        this.clock = clock;
        this.config = config;
        this.client = RedisClient.create(redisUri);
        try {
            this.publisher = client.connect();
        } catch (RuntimeException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            throw e;
        }
    }

    public RedisStreamsConfig config() { return config; }

    @Override public void publish(Topic topic, Envelope<?> envelope) {
        if (closed) throw new IllegalStateException("bus is closed");
        append(topic, envelope);
    }

    /**
     * Creates the group at the stream's end if it does not exist yet (before returning, so that
     * anything published afterwards reaches it), then starts a consumer of it.
     */
    @Override public Subscription subscribe(Topic topic, String group, MessageHandler handler) {
        if (closed) throw new IllegalStateException("bus is closed");
        String stream = config.streamKey(topic);
        String name = consumerPrefix + "-" + consumerCount.incrementAndGet();
        StatefulRedisConnection<String, String> connection = client.connect();
        StreamConsumer consumer;
        try {
            createGroup(connection.sync(), stream, group, "$");
            consumer = new StreamConsumer(this, topic, stream, group, name, handler, connection);
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
        synchronized (consumers) {
            if (closed) {
                connection.close();
                throw new IllegalStateException("bus is closed");
            }
            consumers.add(consumer);
            consumer.start();
        }
        return consumer;
    }

    /**
     * From {@code XINFO GROUPS} of each topic's stream: {@code lag} (entries not yet delivered to the
     * group; Redis 7+, null when Redis cannot tell) and {@code pending} (delivered, not acknowledged).
     */
    @Override public List<GroupLag> lag() {
        if (closed) throw new IllegalStateException("bus is closed");
        List<GroupLag> out = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            List<Object> groups;
            try {
                groups = publisher.sync().xinfoGroups(config.streamKey(topic));
            } catch (RedisException e) {
                if (e.getMessage() != null && e.getMessage().contains("no such key")) continue; // nobody published or subscribed yet
                throw e;
            }
            for (Object group : groups) {
                Map<String, Object> fields = pairs(group);
                Object lag = fields.get("lag");
                out.add(new GroupLag(topic, String.valueOf(fields.get("name")), lag instanceof Number n ? n.longValue() : null,
                        fields.get("pending") instanceof Number n ? n.longValue() : 0));
            }
        }
        return out;
    }

    /** XINFO answers each group as a flat list of alternating names and values. */
    private static Map<String, Object> pairs(Object group) {
        Map<String, Object> fields = new HashMap<>();
        if (group instanceof List<?> list)
            for (int i = 0; i + 1 < list.size(); i += 2) fields.put(String.valueOf(list.get(i)), list.get(i + 1));
        return fields;
    }

    /** Stops every consumer (each finishes the message in hand), then closes the connections. Idempotent. */
    @Override public void close() {
        List<StreamConsumer> running;
        synchronized (consumers) {
            if (closed) return;
            closed = true;
            running = List.copyOf(consumers);
        }
        running.forEach(StreamConsumer::stop);
        running.forEach(StreamConsumer::awaitStopped);
        publisher.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }

    /** Appends without the closed check: consumers still dead-letter while the bus closes. */
    void append(Topic topic, Envelope<?> envelope) {
        XAddArgs trim = new XAddArgs().maxlen(config.maxStreamLength()).approximateTrimming();
        publisher.sync().xadd(config.streamKey(topic), trim, Map.of(ENVELOPE_FIELD, EnvelopeCodec.encode(envelope)));
    }

    void forget(StreamConsumer consumer) {
        synchronized (consumers) {
            consumers.remove(consumer);
        }
    }

    Clock clock() { return clock; }

    static void createGroup(RedisCommands<String, String> redis, String stream, String group, String fromId) {
        try {
            redis.xgroupCreate(StreamOffset.from(stream, fromId), group, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisException e) {
            // Another subscriber (or process) created it first: join that group where it stands.
            if (e.getMessage() == null || !e.getMessage().startsWith("BUSYGROUP")) throw e;
        }
    }
}
