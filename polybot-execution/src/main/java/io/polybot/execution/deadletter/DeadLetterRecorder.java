package io.polybot.execution.deadletter;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageHandler;
import io.polybot.store.repo.DeadLetterRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps every message that landed on {@code dlq} in the store, where a person can retry or discard it. */
public final class DeadLetterRecorder implements MessageHandler {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterRecorder.class);

    private final DeadLetterRepository deadLetters;

    public DeadLetterRecorder(DeadLetterRepository deadLetters) { this.deadLetters = deadLetters; }

    @Override public void handle(Envelope<?> envelope) {
        if (!(envelope.payload() instanceof DeadLetter letter)) return;
        long id = deadLetters.insert(letter);
        log.warn("dead letter #{} from {} ({} after {} deliveries): {}", id, letter.topic(), letter.type(), letter.deliveries(), letter.error());
    }
}
