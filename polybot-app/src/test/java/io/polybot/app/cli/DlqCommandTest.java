package io.polybot.app.cli;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.MessageHandler;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.time.Clock;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.AuditEntry;
import io.polybot.store.repo.StoredDeadLetter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code polybot dlq} on a real embedded store (in {@code <data-dir>/postgres}, as the command opens it), one run at a time. */
class DlqCommandTest {
    static final Instant T0 = Instant.parse("2026-11-21T12:00:00Z");
    @TempDir Path dataDir;
    final InMemoryBus bus = new InMemoryBus(Clock.system());

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        DlqCommand command = new DlqCommand();
        command.busFactory = url -> connectionTo(bus);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * The command closes the bus connection it opened, as it must with Redis; here that connection
     * is a view of the test's bus, so closing it must not stop the test's own subscribers.
     */
    static MessageBus connectionTo(MessageBus shared) {
        return new MessageBus() {
            @Override public void publish(Topic topic, Envelope<?> envelope) { shared.publish(topic, envelope); }

            @Override public Subscription subscribe(Topic topic, String group, MessageHandler handler) {
                return shared.subscribe(topic, group, handler);
            }

            @Override public java.util.List<io.polybot.core.bus.GroupLag> lag() { return shared.lag(); }

            @Override public void close() {}
        };
    }

    long insertLetter(Path dir, String originalJson) {
        try (Store store = Store.open(StoreConfig.fromEnvironment(Map.of(), dir))) {
            return store.deadLetters().insert(new DeadLetter("cmd-1", "control", "broadcast.x", "control", "venue down after 5 deliveries", 5,
                    originalJson, T0));
        }
    }

    static String controlEnvelope() {
        return EnvelopeCodec.encode(Envelope.of("test", T0, T0,
                new ControlCommand(ControlCommand.Action.KILL, "alice", "drill", Map.of(), T0)).withId("cmd-1"));
    }

    @Test void listsRetriesAndDiscardsOnTheStore() {
        long retryId = insertLetter(dataDir, controlEnvelope());
        long discardId = insertLetter(dataDir, "{garbage");
        String dir = dataDir.toString();

        Run list = run("list", "--data-dir", dir);
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("#" + retryId + "  2026-11-21T12:00:00Z  control/broadcast.x  control cmd-1  after 5 deliveries: "
                + "venue down after 5 deliveries");

        List<Envelope<?>> republished = new CopyOnWriteArrayList<>();
        bus.subscribe(Topic.CONTROL, "test", republished::add);
        Run retry = run("retry", String.valueOf(retryId), "--data-dir", dir, "--redis-url", "redis://test");
        assertThat(retry.exit()).isZero();
        assertThat(retry.out()).isEqualTo("dead letter #" + retryId + " re-published\n");
        await().untilAsserted(() -> assertThat(republished).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("cmd-1")));

        Run discard = run("discard", String.valueOf(discardId), "--data-dir", dir);
        assertThat(discard.exit()).isZero();
        Run again = run("discard", String.valueOf(discardId), "--data-dir", dir);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("no open dead letter with id " + discardId);

        try (Store store = Store.open(StoreConfig.fromEnvironment(Map.of(), dataDir))) {
            assertThat(store.deadLetters().open()).isEmpty();
            assertThat(store.auditLog().recent(10)).extracting(AuditEntry::action).contains("dlq.retry", "dlq.discard");
        }
        assertThat(run("list", "--data-dir", dir).out()).contains("no open dead letters");
    }

    @Test void retryWithoutABusSaysWhereToRetryInstead() {
        long id = insertLetter(dataDir, controlEnvelope());
        DlqCommand command = new DlqCommand();
        StringWriter err = new StringWriter();
        int exit = new CommandLine(command).setErr(new PrintWriter(err)).execute("retry", String.valueOf(id), "--data-dir", dataDir.toString(),
                "--redis-url", "");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("give --redis-url").contains("POST /api/dead-letters/" + id + "/retry");
        try (Store store = Store.open(StoreConfig.fromEnvironment(Map.of(), dataDir))) {
            assertThat(store.deadLetters().open()).extracting(StoredDeadLetter::id).containsExactly(id);
        }
    }
}
