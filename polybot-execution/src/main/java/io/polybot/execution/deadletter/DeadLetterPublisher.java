package io.polybot.execution.deadletter;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;

/**
 * Sends a message that failed for a reason only a person can fix (the wallet is short of
 * collateral) to {@code dlq} with that reason, so that it can be retried once fixed. Failures the
 * bus can retry by itself (venue down) are dead-lettered by the bus after its last redelivery.
 */
public final class DeadLetterPublisher {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final MessageBus bus;
    private final Clock clock;

    public DeadLetterPublisher(MessageBus bus, Clock clock) {
        this.bus = bus;
        this.clock = clock;
    }

    /** A venue rejection a person must act on: the wallet's balance or allowance. */
    public static boolean needsAPerson(String venueMessage) {
        String m = venueMessage == null ? "" : venueMessage.toLowerCase(Locale.ROOT);
        return m.contains("balance") || m.contains("allowance");
    }

    public void publish(Topic topic, String group, Envelope<?> original, String error) {
        DeadLetter letter = new DeadLetter(original.id(), topic.streamName(), group, original.type(), error, 1,
                EnvelopeCodec.encode(original), clock.now());
        bus.publish(Topic.DLQ, Envelope.of("execution", clock.now(), clock.now(), letter));
        log.warn("message {} on {} sent to dlq: {}", original.id(), topic.streamName(), error);
    }
}
