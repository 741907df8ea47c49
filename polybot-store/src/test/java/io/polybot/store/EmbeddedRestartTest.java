package io.polybot.store;

import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.SimulatedClock;
import io.polybot.store.repo.Whale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.polybot.store.StoreFixtures.T0;
import static io.polybot.store.StoreFixtures.conditionId;
import static io.polybot.store.StoreFixtures.order;
import static io.polybot.store.StoreFixtures.signalId;
import static io.polybot.store.StoreFixtures.tokenId;
import static io.polybot.store.StoreFixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Embedded PostgreSQL keeps its data in the data directory across a stop and a start. */
final class EmbeddedRestartTest {
    @TempDir Path dataDir;

    @Test
    void dataSurvivesCloseAndReopenOfTheSameDataDirectory() {
        SimulatedClock clock = new SimulatedClock(T0);
        StoreConfig config = StoreConfig.embedded(dataDir.resolve("postgres"));
        Signal signal = new Signal(signalId(1), "whale-copy", conditionId(1), tokenId(11), "Yes", Side.BUY, Price.of("0.62"),
                Usd.of("12500"), "whale bought", Map.of("wallet", wallet(1).value()), T0);
        Whale whale = new Whale(wallet(1), "sharp-1", true, true, false, "pinned by operator", T0);
        try (Store store = Store.open(config, clock)) {
            store.signals().insertIfAbsent(signal);
            store.whales().upsert(whale);
            store.orders().insertIfAbsent(order(1, signalId(1), OrderStatus.LIVE, T0));
        }

        try (Store reopened = Store.open(config, clock)) {
            assertThat(reopened.signals().find(signalId(1))).contains(signal);
            assertThat(reopened.whales().whitelisted()).containsExactly(wallet(1));
            assertThat(reopened.orders().open()).containsExactly(order(1, signalId(1), OrderStatus.LIVE, T0));
            // Reopening runs no migration twice (whatever the number of versions: V1, V2, ...).
            List<String> versions = reopened.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank").mapTo(String.class).list());
            assertThat(versions).startsWith("1").doesNotHaveDuplicates();
        }
    }

    @Test
    void secondStoreOnALockedDataDirectoryFailsWithAClearMessage() {
        StoreConfig config = StoreConfig.embedded(dataDir.resolve("postgres"));
        try (Store first = Store.open(config)) {
            assertThatThrownBy(() -> Store.open(config))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("embedded PostgreSQL failed to start")
                    .hasMessageContaining("in use by another embedded PostgreSQL")
                    .hasMessageContaining(dataDir.resolve("postgres").toString());
            assertThat(first.users().count()).isZero();
        }
    }
}
