package io.polybot.execution.persist;

import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.SignalId;
import io.polybot.execution.ExecutionFixtures;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The repositories' own calls join the unit's transaction: all of it is stored, or none. */
class TransactionsTest {
    @TempDir static Path dataDir;
    static Store store;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void empty() { store.jdbi().useHandle(h -> h.execute("TRUNCATE copy_orders CASCADE")); }

    static Order order(int n, OrderStatus status) {
        return new Order(new OrderHash("0x" + String.format("%064x", n)), new SignalId("signal-" + n), ExecutionFixtures.MARKET,
                ExecutionFixtures.YES, Side.BUY, Price.of("0.5"), Size.of("10"), Size.ZERO, status, TimeInForce.FAK, null,
                ExecutionFixtures.NOW, ExecutionFixtures.NOW);
    }

    @Test void everyStatementOfTheWorkIsCommittedTogether() {
        Transactions tx = Transactions.unflushed(store.jdbi());
        Order first = order(1, OrderStatus.SUBMITTED);

        boolean inTransaction = tx.inOne(() -> {
            store.orders().insertIfAbsent(first);
            store.orders().update(first.with(OrderStatus.FILLED, Size.of("10"), null, ExecutionFixtures.NOW));
            return store.jdbi().withHandle(h -> h.isInTransaction());
        });

        assertThat(inTransaction).isTrue();
        assertThat(store.orders().find(first.hash())).hasValueSatisfying(o -> assertThat(o.status()).isEqualTo(OrderStatus.FILLED));
    }

    @Test void aFailureRollsBackWhatTheWorkHadWritten() {
        Transactions tx = Transactions.unflushed(store.jdbi());
        Order first = order(1, OrderStatus.SUBMITTED);

        assertThatThrownBy(() -> tx.inOne(() -> {
            store.orders().insertIfAbsent(first);
            store.orders().update(order(2, OrderStatus.FILLED)); // not stored: throws
            return null;
        })).isInstanceOf(IllegalStateException.class).hasMessageContaining("no stored order");

        assertThat(store.orders().find(first.hash())).isEmpty();
    }
}
