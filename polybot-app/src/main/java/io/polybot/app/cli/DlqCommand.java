package io.polybot.app.cli;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.redis.RedisStreamsBus;
import io.polybot.core.bus.redis.RedisStreamsConfig;
import io.polybot.core.time.Clock;
import io.polybot.gateway.deadletter.DeadLetterDesk;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.StoredDeadLetter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code polybot dlq}: the dead letters in the store, and retrying or discarding one, like
 * {@code /api/dead-letters} but without the gateway. A retry re-publishes the original message,
 * so it needs the bus the roles run on ({@code --redis-url}); the demo's in-memory bus lives
 * inside the demo process, so there use the dashboard or the API.
 */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = {"Dead letters: messages that failed for a reason that needs a person (venue down past retries,",
                "insufficient balance, malformed input). List them, retry one (re-publish it) or discard it."})
public final class DlqCommand implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT,
            description = "Data folder of the embedded database (default: ~/.polybot; POLYBOT_DB_URL selects a server instead).")
    Path dataDir;

    @Option(names = "--redis-url", scope = ScopeType.INHERIT, defaultValue = "${env:POLYBOT_REDIS_URL}",
            description = "Redis Streams bus to re-publish to (retry only; env POLYBOT_REDIS_URL).")
    String redisUrl;

    /** Opens the bus for a retry; replaced in tests. */
    Function<String, MessageBus> busFactory = url -> new RedisStreamsBus(url, Clock.system(), RedisStreamsConfig.defaults());

    /** Without a subcommand: the usage. */
    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the open dead letters, oldest first.")
    int list() {
        try (Store store = openStore()) {
            List<StoredDeadLetter> open = store.deadLetters().open();
            PrintWriter out = spec.commandLine().getOut();
            if (open.isEmpty()) out.println("no open dead letters");
            for (StoredDeadLetter s : open) {
                var l = s.letter();
                out.printf("#%d  %s  %s/%s  %s %s  after %d deliveries: %s%n", s.id(), l.failedAt(), l.topic(), l.group(), l.type(),
                        l.originalId(), l.deliveries(), l.error());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true, description = "Re-publishes dead letter ID's original message to its topic and marks it RETRIED.")
    int retry(@Parameters(paramLabel = "ID", description = "The dead letter's id (see list).") long id) {
        if (redisUrl == null || redisUrl.isBlank()) {
            spec.commandLine().getErr().println("retry re-publishes to the bus: give --redis-url (or POLYBOT_REDIS_URL). "
                    + "A running demo's in-memory bus is reached through POST /api/dead-letters/" + id + "/retry.");
            return 1;
        }
        try (Store store = openStore(); MessageBus bus = busFactory.apply(redisUrl)) {
            return report(new DeadLetterDesk(store.deadLetters(), store.auditLog(), bus).retry(id, actor()), "re-published");
        }
    }

    @Command(name = "discard", mixinStandardHelpOptions = true, description = "Marks dead letter ID as DISCARDED: nothing is re-published.")
    int discard(@Parameters(paramLabel = "ID", description = "The dead letter's id (see list).") long id) {
        try (Store store = openStore()) {
            // Discarding publishes nothing, so no bus is needed.
            return report(new DeadLetterDesk(store.deadLetters(), store.auditLog(), null).discard(id, actor()), "discarded");
        }
    }

    private int report(DeadLetterDesk.Outcome outcome, String done) {
        return switch (outcome) {
            case DeadLetterDesk.Outcome.Done d -> {
                spec.commandLine().getOut().printf("dead letter #%d %s%n", d.letter().id(), done);
                spec.commandLine().getOut().flush();
                yield 0;
            }
            case DeadLetterDesk.Outcome.NotOpen n -> {
                spec.commandLine().getErr().println("no open dead letter with id " + n.id());
                yield 1;
            }
            case DeadLetterDesk.Outcome.Unpublishable u -> {
                spec.commandLine().getErr().println(u.error());
                yield 1;
            }
        };
    }

    /** Who acts, for the audit log: the operating system user at the command line. */
    private static String actor() { return "cli:" + System.getProperty("user.name", "unknown"); }

    private Store openStore() {
        Map<String, Object> overrides = new HashMap<>();
        if (dataDir != null) overrides.put("polybot.data-dir", dataDir.toAbsolutePath().toString());
        return Store.open(StoreConfig.fromEnvironment(PolybotConfig.load(null, overrides).dataDir()));
    }
}
