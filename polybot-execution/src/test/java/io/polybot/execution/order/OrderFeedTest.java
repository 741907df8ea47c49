package io.polybot.execution.order;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.ExecutionFixtures;
import io.polybot.execution.FakeLedger;
import io.polybot.execution.FakeVenue;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueEvent.OrderUpdate;
import io.polybot.execution.venue.VenueEvent.SettlementState;
import io.polybot.execution.venue.VenueEvent.TradeReport;
import io.polybot.execution.venue.VenueEvent.VenueOrderState;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Order tracking from the venue's user channel and by polling, against real PostgreSQL, with a scripted venue and ledger. */
class OrderFeedTest {
    @TempDir static Path dataDir;
    static Store store;

    final SimulatedClock clock = new SimulatedClock(ExecutionFixtures.NOW);
    final InMemoryBus bus = new InMemoryBus(clock, 3, Duration.ofMillis(20));
    final FakeVenue venue = new FakeVenue();
    final FakeLedger ledger = new FakeLedger();
    final List<OrderStatus> statuses = new CopyOnWriteArrayList<>();
    OrderTracker tracker;
    OrderFeed feed;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void wire() {
        store.jdbi().useHandle(h -> h.execute("TRUNCATE markets, market_tokens, signals, copy_orders, fills, positions, daily_pnl CASCADE"));
        store.markets().upsert(ExecutionFixtures.market(MarketStatus.OPEN, "event-a"));
        tracker = new OrderTracker(store.orders(), OrderJournal.direct(store.orders()), store.fills(), new PositionBook(store.positions(), store.dailyPnl(), bus, clock), bus, clock);
        feed = new OrderFeed(Optional.of(ledger), ledger, tracker, store.orders(), new ReentrantLock(), Transactions.unflushed(store.jdbi()), clock, Duration.ofMinutes(1));
        feed.start(Duration.ofHours(1));
        bus.subscribe(Topic.ORDERS_EVENTS, "test", e -> { if (e.payload() instanceof Order o) statuses.add(o.status()); });
    }

    @AfterEach void unwire() {
        feed.close();
        bus.close();
    }

    /** Records and sends a BUY of 100 shares at 0.50 with the venue's given answer. */
    Order submit(TimeInForce tif, java.util.function.Function<Venue.PreparedOrder, SubmitOutcome> answer) {
        OrderIntent intent = new OrderIntent(new SignalId("signal-" + tif), ExecutionFixtures.MARKET, ExecutionFixtures.YES, Side.BUY,
                Price.of("0.50"), Size.of("100"), tif);
        Venue.PreparedOrder prepared = venue.prepare(intent, ExecutionFixtures.market(MarketStatus.OPEN, "event-a"), ExecutionFixtures.NOW);
        Order order = tracker.beforeSubmit(prepared, ExecutionFixtures.NOW).orElseThrow();
        SubmitOutcome outcome = answer.apply(prepared);
        tracker.announce(order); // as the engine does, once the order is on the wire
        return tracker.onOutcome(order, outcome, "Yes");
    }

    static SubmitOutcome live(Venue.PreparedOrder p) {
        return new SubmitOutcome.Accepted(p.hash(), SubmitOutcome.VenueOrderStatus.LIVE, Size.ZERO, Usd.ZERO, List.of());
    }

    TradeReport trade(String id, Order order, String shares, SettlementState settlement) {
        return new TradeReport(id, order.hash(), order.token(), Side.BUY, Price.of("0.50"), Size.of(shares), settlement, clock.now());
    }

    Order stored(Order order) { return store.orders().find(order.hash()).orElseThrow(); }

    @Test void channelEventsTakeARestingOrderFromLiveThroughPartiallyFilledToFilledWithEachFillStoredOnce() {
        Order order = submit(TimeInForce.GTC, OrderFeedTest::live);
        assertThat(order.status()).isEqualTo(OrderStatus.LIVE);

        ledger.push(new OrderUpdate(order.hash(), VenueOrderState.LIVE, order.token(), order.size(), Size.ZERO, clock.now()));
        ledger.push(trade("t-1", order, "40", SettlementState.MATCHED));
        ledger.push(trade("t-1", order, "40", SettlementState.MINED));
        ledger.push(trade("t-1", order, "40", SettlementState.CONFIRMED));
        await().until(() -> stored(order).status() == OrderStatus.PARTIALLY_FILLED);
        ledger.push(trade("t-2", order, "60", SettlementState.MATCHED));
        ledger.push(trade("t-2", order, "60", SettlementState.CONFIRMED));

        await().until(() -> stored(order).status() == OrderStatus.FILLED);
        assertThat(stored(order).filled()).isEqualTo(Size.of("100"));
        assertThat(store.fills().forOrder(order.hash())).extracting(f -> f.tradeId() + "=" + f.size()).containsExactly("t-1=40", "t-2=60");
        assertThat(store.positions().find(order.token()).orElseThrow().size()).isEqualTo(Size.of("100"));
        assertThat(store.positions().find(order.token()).orElseThrow().costBasis()).isEqualTo(Usd.of("50"));
        await().until(() -> statuses.containsAll(List.of(OrderStatus.LIVE, OrderStatus.PARTIALLY_FILLED, OrderStatus.FILLED)));
    }

    @Test void aFillInThePostAnswerAndAgainOnTheChannelIsStoredOnce() {
        Order order = submit(TimeInForce.FAK, p -> new SubmitOutcome.Accepted(p.hash(), SubmitOutcome.VenueOrderStatus.MATCHED,
                Size.of("100"), Usd.of("50"), List.of("t-1")));
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);

        ledger.push(trade("t-1", order, "100", SettlementState.MATCHED));
        ledger.push(trade("t-1", order, "100", SettlementState.CONFIRMED));
        ledger.push(new OrderUpdate(order.hash(), VenueOrderState.MATCHED, order.token(), order.size(), Size.of("100"), clock.now()));
        feed.poll(); // an empty round trip through the inbox and the lock: the pushes before it are applied
        await().until(() -> statuses.size() >= 3);

        assertThat(store.fills().forOrder(order.hash())).hasSize(1);
        assertThat(stored(order).filled()).isEqualTo(Size.of("100"));
        assertThat(store.positions().find(order.token()).orElseThrow().size()).isEqualTo(Size.of("100"));
    }

    @Test void aChannelFillBeforeThePostAnswerAttachesByHashAndTheAnswerAddsNothing() {
        OrderIntent intent = new OrderIntent(new SignalId("early"), ExecutionFixtures.MARKET, ExecutionFixtures.YES, Side.BUY,
                Price.of("0.50"), Size.of("100"), TimeInForce.FAK);
        Venue.PreparedOrder prepared = venue.prepare(intent, ExecutionFixtures.market(MarketStatus.OPEN, "event-a"), ExecutionFixtures.NOW);
        Order submitted = tracker.beforeSubmit(prepared, ExecutionFixtures.NOW).orElseThrow();

        ledger.push(trade("t-9", submitted, "100", SettlementState.MATCHED));
        await().until(() -> stored(submitted).status() == OrderStatus.FILLED);
        Order after = tracker.onOutcome(submitted, new SubmitOutcome.Accepted(prepared.hash(), SubmitOutcome.VenueOrderStatus.MATCHED,
                Size.of("100"), Usd.of("50"), List.of("t-9")), "Yes");

        assertThat(after.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(store.fills().forOrder(submitted.hash())).hasSize(1);
        assertThat(store.positions().find(submitted.token()).orElseThrow().size()).isEqualTo(Size.of("100"));
    }

    @Test void aLateFillForAnUnknownOrderResolvesIt() {
        Order order = submit(TimeInForce.FAK, p -> new SubmitOutcome.Unknown(p.hash(), "timeout after 10 s"));
        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);

        ledger.push(trade("t-late", order, "100", SettlementState.CONFIRMED));

        await().until(() -> stored(order).status() == OrderStatus.FILLED);
        assertThat(store.fills().forOrder(order.hash())).extracting(f -> f.tradeId()).containsExactly("t-late");
    }

    @Test void pollingFindsTheFillsOfARestingOrderWhileTheChannelIsDown() {
        Order order = submit(TimeInForce.GTC, OrderFeedTest::live);
        ledger.connected = false;
        ledger.orders.put(order.hash(), new OrderUpdate(order.hash(), VenueOrderState.MATCHED, order.token(), order.size(), Size.of("100"),
                clock.now()));
        ledger.trades.add(trade("t-polled", order, "100", SettlementState.CONFIRMED));

        feed.poll();

        assertThat(stored(order).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(store.fills().forOrder(order.hash())).extracting(f -> f.tradeId()).containsExactly("t-polled");
    }

    @Test void anUnknownOrderTheVenueNeverGotIsRejectedOncePolledAfterTheGracePeriod() {
        Order order = submit(TimeInForce.FAK, p -> new SubmitOutcome.Unknown(p.hash(), "connection reset"));
        feed.poll();
        assertThat(stored(order).status()).as("too early to conclude").isEqualTo(OrderStatus.UNKNOWN);

        clock.advance(Duration.ofMinutes(2));
        feed.poll();

        assertThat(stored(order).status()).isEqualTo(OrderStatus.REJECTED);
    }

    @Test void fillDustBelowTheVenuesPrecisionCountsAsFilled() {
        Order order = submit(TimeInForce.GTC, OrderFeedTest::live);

        ledger.push(trade("t-1", order, "99.995", SettlementState.MATCHED));

        await().until(() -> stored(order).status() == OrderStatus.FILLED);
        assertThat(stored(order).filled()).isEqualTo(Size.of("99.995"));
    }
}
