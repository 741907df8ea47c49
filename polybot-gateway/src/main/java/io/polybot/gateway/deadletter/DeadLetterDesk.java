package io.polybot.gateway.deadletter;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.store.repo.AuditLogRepository;
import io.polybot.store.repo.DeadLetterRepository;
import io.polybot.store.repo.StoredDeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Optional;

/**
 * Where a person decides about dead letters: retry re-publishes the original envelope, unchanged
 * (same id, so idempotent consumers ignore what they already did), to its topic; discard closes
 * the letter. Both are audited. Used by the API and the {@code polybot dlq} command.
 */
public final class DeadLetterDesk {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterDesk.class);

    /** What came of a retry or discard. */
    public sealed interface Outcome {
        record Done(StoredDeadLetter letter) implements Outcome {}

        /** No open letter with that id (never existed, or already retried or discarded). */
        record NotOpen(long id) implements Outcome {}

        /** The stored message cannot be re-published (malformed, or of an unknown type or topic); discard it. */
        record Unpublishable(long id, String error) implements Outcome {}
    }

    private final DeadLetterRepository letters;
    private final AuditLogRepository audit;
    private final MessageBus bus;

    public DeadLetterDesk(DeadLetterRepository letters, AuditLogRepository audit, MessageBus bus) {
        this.letters = letters;
        this.audit = audit;
        this.bus = bus;
    }

    public List<StoredDeadLetter> open() { return letters.open(); }

    public Outcome retry(long id, String actor) {
        Optional<StoredDeadLetter> letter = find(id);
        if (letter.isEmpty()) return new Outcome.NotOpen(id);
        Topic topic;
        Envelope<?> original;
        try {
            topic = Topic.ofStreamName(letter.get().letter().topic());
            original = EnvelopeCodec.decode(letter.get().letter().originalPayloadJson());
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Outcome.Unpublishable(id, "cannot re-publish dead letter #" + id + ": " + e.getMessage());
        }
        bus.publish(topic, original);
        letters.markStatus(id, StoredDeadLetter.RETRIED);
        audit.record(actor, "dlq.retry", "#" + id + " " + original.type() + " " + original.id() + " re-published to " + topic.streamName());
        log.info("dead letter #{} re-published to {} by {}", id, topic.streamName(), actor);
        return new Outcome.Done(letter.get());
    }

    public Outcome discard(long id, String actor) {
        Optional<StoredDeadLetter> letter = find(id);
        if (letter.isEmpty()) return new Outcome.NotOpen(id);
        letters.markStatus(id, StoredDeadLetter.DISCARDED);
        audit.record(actor, "dlq.discard", "#" + id + " " + letter.get().letter().type() + " " + letter.get().letter().originalId()
                + ": " + letter.get().letter().error());
        return new Outcome.Done(letter.get());
    }

    private Optional<StoredDeadLetter> find(long id) { return letters.open().stream().filter(l -> l.id() == id).findFirst(); }
}
