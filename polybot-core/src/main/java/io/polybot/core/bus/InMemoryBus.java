package io.polybot.core.bus;

import io.polybot.core.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bus inside one JVM. Each consumer group has a queue per topic; each subscriber of a group
 * runs on its own virtual thread taking from that queue (competing consumers). A handler that
 * throws gets the message again after {@code redeliveryDelay}, up to {@code maxDeliveries}
 * times; then the message goes to {@link Topic#DLQ} with its error. Like a Redis consumer group,
 * a group keeps collecting messages while it has no subscriber.
 */
public final class InMemoryBus implements MessageBus {
    private static final Logger log = LoggerFactory.getLogger(InMemoryBus.class);
    private static final long POLL_MS = 50;
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final Clock clock;
    private final int maxDeliveries;
    private final Duration redeliveryDelay;
    private final Map<Topic, Map<String, Group>> groups = new ConcurrentHashMap<>();
    private volatile boolean closed;

    public InMemoryBus(Clock clock, int maxDeliveries, Duration redeliveryDelay) {
        if (maxDeliveries < 1) throw new IllegalArgumentException("max deliveries must be >= 1");
        this.clock = clock;
        this.maxDeliveries = maxDeliveries;
        this.redeliveryDelay = redeliveryDelay;
    }

    public InMemoryBus(Clock clock) { this(clock, 5, Duration.ofMillis(200)); }

    @Override public void publish(Topic topic, Envelope<?> envelope) {
        if (closed) throw new IllegalStateException("bus is closed");
        append(topic, envelope);
    }

    @Override public Subscription subscribe(Topic topic, String groupName, MessageHandler handler) {
        if (closed) throw new IllegalStateException("bus is closed");
        Group group = groups.computeIfAbsent(topic, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(groupName, name -> new Group(topic, name));
        Consumer consumer = new Consumer(group, handler);
        group.consumers.add(consumer);
        consumer.thread = Thread.ofVirtual().name("bus-" + topic.streamName() + "-" + groupName).start(consumer::run);
        return consumer;
    }

    /** Lag: queued for the group; pending: in a handler's hands or waiting to be redelivered. */
    @Override public List<GroupLag> lag() {
        List<GroupLag> out = new ArrayList<>();
        groups.forEach((topic, byName) -> byName.values().forEach(g ->
                out.add(new GroupLag(topic, g.name, (long) g.queue.size(), g.pending.get()))));
        out.sort(Comparator.comparing((GroupLag l) -> l.topic().streamName()).thenComparing(GroupLag::group));
        return out;
    }

    /** Stops every consumer (each finishes the message in hand). Idempotent. */
    @Override public void close() {
        closed = true;
        List<Consumer> all = new ArrayList<>();
        groups.values().forEach(byName -> byName.values().forEach(g -> all.addAll(g.consumers)));
        all.forEach(c -> c.running = false);
        all.forEach(Consumer::close);
    }

    private void append(Topic topic, Envelope<?> envelope) {
        for (Group group : groups.getOrDefault(topic, Map.of()).values()) group.queue.add(new Delivery(envelope, 1));
    }

    private record Delivery(Envelope<?> envelope, int attempt) {}

    private static final class Group {
        final Topic topic;
        final String name;
        final LinkedBlockingDeque<Delivery> queue = new LinkedBlockingDeque<>();
        final List<Consumer> consumers = new CopyOnWriteArrayList<>();
        final AtomicInteger pending = new AtomicInteger();

        Group(Topic topic, String name) { this.topic = topic; this.name = name; }
    }

    private final class Consumer implements Subscription {
        final Group group;
        final MessageHandler handler;
        volatile boolean running = true;
        volatile Thread thread;

        Consumer(Group group, MessageHandler handler) { this.group = group; this.handler = handler; }

        void run() {
            while (running) {
                Delivery delivery;
                try {
                    delivery = group.queue.poll(POLL_MS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                if (delivery == null) continue;
                if (!running) { // closed while waiting: the message belongs to the group's other members
                    group.queue.addFirst(delivery);
                    return;
                }
                group.pending.incrementAndGet();
                boolean redelivering = false;
                try {
                    handler.handle(delivery.envelope());
                } catch (Throwable failure) {
                    if (failure instanceof VirtualMachineError fatal) throw fatal;
                    redelivering = onFailure(delivery, failure);
                } finally {
                    if (!redelivering) group.pending.decrementAndGet();
                }
            }
        }

        /** True when the message will be delivered again (it stays pending until then). */
        private boolean onFailure(Delivery delivery, Throwable error) {
            if (delivery.attempt() >= maxDeliveries) {
                log.warn("message {} on {} failed {} times in group {}, moving to dlq: {}", delivery.envelope().id(),
                        group.topic.streamName(), delivery.attempt(), group.name, error.toString());
                deadLetter(delivery, error);
                return false;
            }
            log.warn("message {} on {} failed in group {} (delivery {} of {}), redelivering: {}", delivery.envelope().id(),
                    group.topic.streamName(), group.name, delivery.attempt(), maxDeliveries, error.toString());
            // Redeliver later without blocking the consumer, like an unacked Redis entry re-claimed after its idle
            // timeout; to any member of the group, so it survives this subscriber closing meanwhile.
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(redeliveryDelay);
                    if (!closed) group.queue.add(new Delivery(delivery.envelope(), delivery.attempt() + 1));
                } catch (InterruptedException e) {
                    // the bus is closing
                } finally {
                    group.pending.decrementAndGet(); // after the re-queue, so lag + pending never misses it
                }
            });
            return true;
        }

        private void deadLetter(Delivery delivery, Throwable error) {
            if (group.topic == Topic.DLQ) return; // never loop: a failing dlq consumer only logs
            Envelope<?> original = delivery.envelope();
            Instant now = clock.now();
            DeadLetter letter = new DeadLetter(original.id(), group.topic.streamName(), group.name, original.type(),
                    error.toString(), delivery.attempt(), EnvelopeCodec.encode(original), now);
            append(Topic.DLQ, Envelope.of("bus", now, now, letter));
        }

        @Override public Topic topic() { return group.topic; }

        @Override public String group() { return group.name; }

        /** Returns once the handler will not be called again: a message in hand is finished first. */
        @Override public void close() {
            running = false;
            group.consumers.remove(this);
            Thread t = thread;
            if (t == null || t == Thread.currentThread()) return; // a handler closing its own subscription
            try {
                if (!t.join(Duration.ofMillis(POLL_MS).plus(CLOSE_GRACE))) {
                    log.warn("consumer of {} in group {} still busy after close, interrupting it", group.topic.streamName(), group.name);
                    t.interrupt();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
