package io.polybot.execution.order;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.json.Json;
import io.polybot.core.signal.SignalId;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FileOrderJournalTest {
    @TempDir static Path dataDir;
    static Store store;
    @TempDir Path dir;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void empty() { store.jdbi().useHandle(h -> h.execute("TRUNCATE copy_orders, fills CASCADE")); }

    @Test void anOrderIsInTheFileWhenRecordedAndInTheStoreBehindItAndGoneAfterACleanClose() throws Exception {
        Path file = dir.resolve("orders-a.journal");
        try (FileOrderJournal journal = FileOrderJournal.open(file, store.orders())) {
            Order order = order(1);
            assertThat(journal.record(order)).isTrue();
            journal.awaitStored();
            assertThat(store.orders().find(order.hash())).contains(order);
            assertThat(Files.readString(file)).isEqualTo(Json.write(order) + "\n");
        }
        assertThat(Files.size(file)).as("a clean close with everything stored leaves nothing to replay").isZero();
    }

    @Test void theFileIsEmptiedOnceItHasGrownAndAllOfItIsStored() throws Exception {
        Path file = dir.resolve("orders-c.journal");
        try (FileOrderJournal journal = FileOrderJournal.open(file, store.orders())) {
            int n = 0;
            long size = 0;
            while (size < FileOrderJournal.EMPTY_AT) {
                Order order = order(100 + n++);
                journal.record(order);
                size += (Json.write(order) + "\n").length();
            }
            journal.awaitStored();
            assertThat(Files.size(file)).isZero();
            assertThat(store.orders().recent(n + 1)).hasSize(n);
        }
    }

    @Test void ordersAKilledRunLeftInTheFileAreStoredAtTheNextStartATornLastLineSkipped() throws Exception {
        Path file = dir.resolve("orders-b.journal");
        Order stored = order(2), leftBehind = order(3);
        store.orders().insertIfAbsent(stored); // stored before the kill; its line was still in the file
        String torn = Json.write(order(4));
        Files.writeString(file, Json.write(stored) + "\n" + Json.write(leftBehind) + "\n" + torn.substring(0, torn.length() / 2),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);

        try (FileOrderJournal journal = FileOrderJournal.open(file, store.orders())) {
            assertThat(store.orders().find(leftBehind.hash())).contains(leftBehind);
            assertThat(store.orders().find(stored.hash())).contains(stored);
            assertThat(store.orders().find(order(4).hash())).as("the torn line's order was never sent").isEmpty();
            assertThat(Files.size(file)).isZero();
            Order next = order(5);
            journal.record(next);
            journal.awaitStored();
            assertThat(store.orders().find(next.hash())).contains(next);
        }
    }

    @Test void theTrackerRefusesASecondOrderForASignalBeforeTheStoreHasTheFirst() {
        var orders = new java.util.ArrayList<Order>();
        OrderJournal holding = new OrderJournal() { // a journal whose store is slow: nothing reaches it during the test
            @Override public boolean record(Order order) { return orders.add(order); }

            @Override public void awaitStored() { }

            @Override public void close() { }
        };
        var clock = new io.polybot.core.time.SimulatedClock(Instant.parse("2026-12-06T12:00:00Z"));
        var bus = new io.polybot.core.bus.InMemoryBus(clock, 1, java.time.Duration.ofMillis(10));
        var tracker = new OrderTracker(store.orders(), holding, store.fills(),
                new io.polybot.execution.position.PositionBook(store.positions(), store.dailyPnl(), bus, clock), bus, clock);
        Order first = order(6);
        var intent = new io.polybot.core.order.OrderIntent(first.signalId(), first.market(), first.token(), first.side(), first.price(),
                first.size(), first.timeInForce());
        var prepared = new io.polybot.execution.venue.Venue.PreparedOrder() {
            @Override public OrderHash hash() { return first.hash(); }

            @Override public io.polybot.core.order.OrderIntent intent() { return intent; }
        };
        assertThat(tracker.beforeSubmit(prepared, first.createdAt())).isPresent();
        assertThat(tracker.beforeSubmit(prepared, first.createdAt())).isEmpty();
        assertThat(orders).hasSize(1);
        bus.close();
    }

    private static Order order(int n) {
        Instant at = Instant.parse("2026-12-06T12:00:00Z").plusSeconds(n).truncatedTo(ChronoUnit.MICROS);
        return new Order(new OrderHash("0x" + String.format("%064x", n)), new SignalId("whale-copy:t" + n),
                new ConditionId("0x" + "c".repeat(64)), new TokenId("123456"), Side.BUY, Price.of("0.42"), Size.of("10"), Size.ZERO,
                OrderStatus.SUBMITTED, TimeInForce.FAK, null, at, at);
    }
}
