package io.polybot.core.bus;

import io.polybot.core.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The bus inside one JVM. Each consumer group has a queue per topic; each subscriber of a group
 * runs on its own virtual thread taking from that queue (competing consumers). A handler that
 * throws gets the message again after {@code redeliveryDelay}, up to {@code maxDeliveries}
 * times; then the message goes to {@link Topic#DLQ} with its error.
 */
public final class InMemoryBus implements MessageBus {
    private static final Logger log = LoggerFactory.getLogger(InMemoryBus.class);

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
        for (Group group : groups.getOrDefault(topic, Map.of()).values()) group.queue.add(new Delivery(envelope, 1));
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

    @Override public void close() {
        closed = true;
        groups.values().forEach(byName -> byName.values().forEach(g -> List.copyOf(g.consumers).forEach(Consumer::close)));
    }

    private record Delivery(Envelope<?> envelope, int attempt) {}

    private static final class Group {
        final Topic topic;
        final String name;
        final LinkedBlockingQueue<Delivery> queue = new LinkedBlockingQueue<>();
        final List<Consumer> consumers = new CopyOnWriteArrayList<>();

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
                    delivery = group.queue.poll(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    return;
                }
                if (delivery == null) continue;
                try {
                    handler.handle(delivery.envelope());
                } catch (Exception e) {
                    onFailure(delivery, e);
                }
            }
        }

        private void onFailure(Delivery delivery, Exception error) {
            if (delivery.attempt() >= maxDeliveries) {
                log.warn("message {} on {} failed {} times in group {}, moving to dlq: {}", delivery.envelope().id(),
                        group.topic.streamName(), delivery.attempt(), group.name, error.toString());
                deadLetter(delivery, error);
                return;
            }
            // Redeliver later without blocking the consumer, like an unacked Redis entry re-claimed after its idle timeout.
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(redeliveryDelay);
                } catch (InterruptedException e) {
                    return;
                }
                if (running) group.queue.add(new Delivery(delivery.envelope(), delivery.attempt() + 1));
            });
        }

        private void deadLetter(Delivery delivery, Exception error) {
            if (group.topic == Topic.DLQ) return; // never loop: a failing dlq consumer only logs
            Envelope<?> original = delivery.envelope();
            DeadLetter letter = new DeadLetter(original.id(), group.topic.streamName(), group.name, original.type(),
                    error.toString(), delivery.attempt(), EnvelopeCodec.encode(original), clock.now());
            publish(Topic.DLQ, Envelope.of("bus", clock.now(), clock.now(), letter));
        }

        @Override public Topic topic() { return group.topic; }

        @Override public String group() { return group.name; }

        @Override public void close() {
            running = false;
            group.consumers.remove(this);
            Thread t = thread;
            if (t != null) t.interrupt();
        }
    }
}
