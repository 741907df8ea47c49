package io.polybot.store;

import io.polybot.core.time.SimulatedClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The store contract on embedded PostgreSQL (zonky), started once for the class in a temporary data directory. */
final class EmbeddedStoreTest extends StoreContract {
    @TempDir static Path dataDir;
    private static SimulatedClock clock;
    private static Store store;

    @BeforeAll
    static void startEmbedded() {
        clock = new SimulatedClock(StoreFixtures.T0);
        store = Store.open(StoreConfig.embedded(dataDir.resolve("postgres")), clock);
    }

    @AfterAll
    static void stopEmbedded() {
        if (store != null) store.close();
    }

    @Override Store store() { return store; }

    @Override SimulatedClock clock() { return clock; }

    @Test
    void embeddedServerRunsWithDurableCommits() {
        String fsync = store.jdbi().withHandle(handle -> handle.createQuery("SHOW fsync").mapTo(String.class).one());
        String synchronousCommit = store.jdbi().withHandle(handle -> handle.createQuery("SHOW synchronous_commit").mapTo(String.class).one());

        assertThat(fsync).isEqualTo("on");
        assertThat(synchronousCommit).isEqualTo("on");
        assertThat(store.jdbcUrl()).startsWith("jdbc:postgresql://localhost:").endsWith("/polybot");
    }
}
