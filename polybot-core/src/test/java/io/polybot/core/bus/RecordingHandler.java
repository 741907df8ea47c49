package io.polybot.core.bus;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A handler for bus tests: remembers every delivery, then does what it was given (nothing by default). */
public final class RecordingHandler implements MessageHandler {
    private final List<Envelope<?>> received = new CopyOnWriteArrayList<>();
    private final MessageHandler then;

    public RecordingHandler() { this(envelope -> {}); }

    public RecordingHandler(MessageHandler then) { this.then = then; }

    /** Throws on the first delivery of each message, succeeds on the next. */
    public static RecordingHandler failingFirstDelivery() {
        Set<String> failedOnce = ConcurrentHashMap.newKeySet();
        return new RecordingHandler(envelope -> {
            if (failedOnce.add(envelope.id())) throw new IllegalStateException("first delivery of " + envelope.id() + " fails");
        });
    }

    /** Throws {@code IllegalStateException("cannot handle <id>")} on every delivery. */
    public static RecordingHandler alwaysFailing() {
        return new RecordingHandler(envelope -> {
            throw new IllegalStateException("cannot handle " + envelope.id());
        });
    }

    @Override public void handle(Envelope<?> envelope) throws Exception {
        received.add(envelope);
        then.handle(envelope);
    }

    /** Every delivery so far, redeliveries included, in arrival order. */
    public List<Envelope<?>> received() { return List.copyOf(received); }

    public List<String> ids() { return received.stream().map(Envelope::id).toList(); }

    public int count() { return received.size(); }

    public <T> List<T> payloads(Class<T> type) { return received.stream().map(Envelope::payload).map(type::cast).toList(); }
}
