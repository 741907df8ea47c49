package io.polybot.ingest.feed;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.feed.FeedHealth;
import io.polybot.core.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Reports a feed's health on {@code control} every interval: whether its connection is up and when
 * it last delivered. The feed counts its messages; a count that moved since the last report dates
 * the last message to this report (good to one interval, which is all a staleness alarm needs).
 */
public final class FeedHealthReporter implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedHealthReporter.class);

    private final String name;
    private final String instance;
    private final BooleanSupplier connected;
    private final LongSupplier messages;
    private final MessageBus bus;
    private final Clock clock;
    private ScheduledExecutorService timer;
    private long lastCount;
    private Instant lastMessageAt;

    public FeedHealthReporter(String name, String instance, BooleanSupplier connected, LongSupplier messages, MessageBus bus, Clock clock) {
        this.name = name;
        this.instance = instance;
        this.connected = connected;
        this.messages = messages;
        this.bus = bus;
        this.clock = clock;
    }

    public void start(Duration every) {
        lastCount = messages.getAsLong();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("feed-health-" + name).factory());
        timer.scheduleWithFixedDelay(this::reportQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One report now. */
    void report() {
        Instant now = clock.now();
        long count = messages.getAsLong();
        if (count != lastCount) {
            lastCount = count;
            lastMessageAt = now;
        }
        bus.publish(Topic.CONTROL, Envelope.of("ingest." + instance, now, now, new FeedHealth(name, instance, connected.getAsBoolean(),
                lastMessageAt, now)));
    }

    private void reportQuietly() {
        try {
            report();
        } catch (RuntimeException e) {
            log.warn("feed health report of {} failed: {}", name, e.toString());
        }
    }

    @Override public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
