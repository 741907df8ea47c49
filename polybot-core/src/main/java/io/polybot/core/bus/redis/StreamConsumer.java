package io.polybot.core.bus.redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import io.lettuce.core.models.stream.PendingMessage;
import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One subscription: a virtual thread that reads the topic's stream as one consumer of a group on
 * its own connection. An entry is acknowledged ({@code XACK}) only after the handler returns; a
 * handler that throws leaves it pending. Pending entries of any consumer of the group idle longer
 * than the claim timeout are taken over with {@code XAUTOCLAIM} and delivered again; on the
 * delivery that reaches the maximum, a failure moves the entry to the dlq. An entry that cannot be
 * decoded goes to the dlq at once.
 */
final class StreamConsumer implements Subscription {
    static final int READ_BATCH = 10;
    private static final Logger log = LoggerFactory.getLogger(StreamConsumer.class);
    private static final String CURSOR_START = "0-0";
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final RedisStreamsBus bus;
    private final RedisStreamsConfig config;
    private final Topic topic;
    private final String stream;
    private final String group;
    private final Consumer<String> consumer;
    private final MessageHandler handler;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final long claimPeriodNanos;
    private volatile boolean running = true;
    private volatile Thread thread;
    // Only the consumer thread touches these.
    private String claimCursor = CURSOR_START;
    private long nextClaimAtNanos = System.nanoTime();

    StreamConsumer(RedisStreamsBus bus, Topic topic, String stream, String group, String consumerName,
                   MessageHandler handler, StatefulRedisConnection<String, String> connection) {
        this.bus = bus;
        this.config = bus.config();
        this.topic = topic;
        this.stream = stream;
        this.group = group;
        this.consumer = Consumer.from(group, consumerName);
        this.handler = handler;
        this.connection = connection;
        this.redis = connection.sync();
        this.claimPeriodNanos = Math.max(1, config.claimIdleTimeout().toNanos() / 2);
    }

    void start() {
        thread = Thread.ofVirtual().name("bus-" + topic.streamName() + "-" + group).start(this::run);
    }

    @Override public Topic topic() { return topic; }

    @Override public String group() { return group; }

    /** Returns once the handler will not be called again: a message in hand is finished first. */
    @Override public void close() {
        stop();
        awaitStopped();
        bus.forget(this);
    }

    void stop() { running = false; }

    void awaitStopped() {
        Thread t = thread;
        if (t == null || t == Thread.currentThread()) return; // a handler closing its own subscription
        try {
            if (t.join(config.blockTimeout().plus(CLOSE_GRACE))) return;
            log.warn("consumer {} of {} still busy after close, interrupting it", consumer.getName(), stream);
            t.interrupt();
            connection.close(); // aborts a read stuck on a Redis that does not answer
            t.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            while (running) {
                try {
                    // Redis measures idle time on its own clock, so pacing uses elapsed real time, not the bus Clock.
                    if (System.nanoTime() - nextClaimAtNanos >= 0) reclaimIdleEntries();
                    deliverAll(readNew(), 1);
                } catch (RuntimeException e) {
                    if (!running) break;
                    onReadFailure(e);
                }
            }
        } finally {
            leaveGroupIfNothingPending();
            connection.close();
        }
    }

    private List<StreamMessage<String, String>> readNew() {
        return redis.xreadgroup(consumer, XReadArgs.Builder.block(config.blockTimeout()).count(READ_BATCH),
                StreamOffset.lastConsumed(stream));
    }

    private void deliverAll(List<StreamMessage<String, String>> entries, long deliveries) {
        for (StreamMessage<String, String> entry : entries) {
            if (!running) return; // the rest stay pending and are re-claimed
            deliver(entry, deliveries);
        }
    }

    /** One {@code XAUTOCLAIM} step over the group's pending list; the cursor continues on the next call. */
    private void reclaimIdleEntries() {
        ClaimedMessages<String, String> claimed = redis.xautoclaim(stream,
                XAutoClaimArgs.Builder.xautoclaim(consumer, config.claimIdleTimeout(), claimCursor).count(READ_BATCH));
        claimCursor = claimed.getId();
        // Cursor 0-0: the whole pending list was scanned, wait a period; otherwise go on with the next loop.
        nextClaimAtNanos = System.nanoTime() + (CURSOR_START.equals(claimCursor) ? claimPeriodNanos : 0);
        for (StreamMessage<String, String> entry : claimed.getMessages()) {
            if (!running) return;
            if (entry.getBody() == null || entry.getBody().isEmpty()) {
                ack(entry.getId()); // trimmed from the stream while pending: nothing left to deliver
                continue;
            }
            long deliveries = deliveryCount(entry.getId());
            if (deliveries > 0) deliver(entry, deliveries);
        }
    }

    /** XAUTOCLAIM does not return delivery counts; XPENDING does. Zero if no longer pending (acked meanwhile). */
    private long deliveryCount(String entryId) {
        List<PendingMessage> pending = redis.xpending(stream, consumer, Range.create(entryId, entryId), Limit.from(1));
        return pending.isEmpty() ? 0 : pending.getFirst().getRedeliveryCount();
    }

    private void deliver(StreamMessage<String, String> entry, long deliveries) {
        String json = entry.getBody().get(RedisStreamsBus.ENVELOPE_FIELD);
        Envelope<?> envelope;
        try {
            if (json == null) throw new IllegalArgumentException("stream entry has no '" + RedisStreamsBus.ENVELOPE_FIELD
                    + "' field, only " + entry.getBody().keySet());
            envelope = EnvelopeCodec.decode(json);
        } catch (IllegalArgumentException e) {
            // It can never succeed: dead-letter it now so that it does not hold up the stream.
            log.warn("undecodable entry {} on {} in group {}, moving to dlq: {}", entry.getId(), stream, group, e.getMessage());
            deadLetter(textField(json, "id", entry.getId()), textField(json, "type", "unknown"),
                    "undecodable stream entry " + entry.getId() + ": " + e.getMessage(), deliveries,
                    json == null ? entry.getBody().toString() : json);
            ack(entry.getId());
            return;
        }
        if (deliveries > config.maxDeliveries()) {
            // Delivered before without an answer: the consumer died or was stopped while handling it.
            deadLetter(envelope.id(), envelope.type(), "no acknowledgement after " + (deliveries - 1)
                    + " deliveries: the consumer stopped while handling it", deliveries, json);
            ack(entry.getId());
            return;
        }
        try {
            handler.handle(envelope);
        } catch (Throwable failure) {
            if (failure instanceof VirtualMachineError fatal) throw fatal;
            onHandlerFailure(entry.getId(), envelope, json, failure, deliveries);
            return;
        }
        ack(entry.getId());
    }

    private void onHandlerFailure(String entryId, Envelope<?> envelope, String json, Throwable failure, long deliveries) {
        if (!running) return; // interrupted by close: left pending, not the message's fault
        if (deliveries < config.maxDeliveries()) {
            log.warn("message {} on {} failed in group {} (delivery {} of {}), left pending: {}", envelope.id(), stream,
                    group, deliveries, config.maxDeliveries(), failure.toString());
            return;
        }
        log.warn("message {} on {} failed {} times in group {}, moving to dlq: {}", envelope.id(), stream, deliveries,
                group, failure.toString());
        deadLetter(envelope.id(), envelope.type(), failure.toString(), deliveries, json);
        ack(entryId);
    }

    private void deadLetter(String originalId, String type, String error, long deliveries, String originalJson) {
        if (topic == Topic.DLQ) { // never loop: a dlq entry its own consumer cannot handle stays in the stream only
            log.error("dlq consumer group {} dropped dead letter {}: {}", group, originalId, error);
            return;
        }
        Instant now = bus.clock().now();
        DeadLetter letter = new DeadLetter(originalId, topic.streamName(), group, type, error,
                (int) Math.min(Integer.MAX_VALUE, deliveries), originalJson, now);
        bus.append(Topic.DLQ, Envelope.of("bus", now, now, letter));
    }

    private void ack(String entryId) { redis.xack(stream, group, entryId); }

    private void onReadFailure(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("NOGROUP")) {
            // The stream and its group are gone: Redis restarted without persistence, or the key was deleted.
            // Re-create from the start of the (new) stream so that entries published since are not skipped.
            log.warn("consumer group {} on {} vanished, re-creating it: {}", group, stream, message);
            RedisStreamsBus.createGroup(redis, stream, group, "0");
            claimCursor = CURSOR_START;
            return;
        }
        if (message.startsWith("UNBLOCKED")) return; // the stream was deleted under a blocked read: NOGROUP follows
        log.warn("consumer {} of {} failed, retrying: {}", consumer.getName(), stream, e.toString());
        try {
            Thread.sleep(config.blockTimeout()); // back off while Redis is unreachable
        } catch (InterruptedException interrupted) {
            running = false;
        }
    }

    /** Keeps XINFO CONSUMERS tidy across restarts; a consumer still owning entries stays until they are re-claimed. */
    private void leaveGroupIfNothingPending() {
        try {
            if (redis.xpending(stream, consumer, Range.unbounded(), Limit.from(1)).isEmpty())
                redis.xgroupDelconsumer(stream, consumer);
        } catch (RuntimeException e) {
            log.debug("consumer {} of {} could not leave its group: {}", consumer.getName(), stream, e.toString());
        }
    }

    private static String textField(String json, String field, String fallback) {
        if (json == null) return fallback;
        try {
            JsonNode value = Json.mapper().readTree(json).get(field);
            return value != null && value.isString() ? value.asString() : fallback;
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
