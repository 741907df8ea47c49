package io.polybot.execution.reconcile;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.position.Position;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.ExecutionFixtures;
import io.polybot.execution.FakeLedger;
import io.polybot.execution.FakeVenue;
import io.polybot.execution.deadletter.DeadLetterPublisher;
import io.polybot.execution.order.OrderJournal;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.position.PortfolioMark;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.position.PositionMarker;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueEvent.OrderUpdate;
import io.polybot.execution.venue.VenueEvent.SettlementState;
import io.polybot.execution.venue.VenueEvent.TradeReport;
import io.polybot.execution.venue.VenueEvent.VenueOrderState;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.DailyPnl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Reconciliation, marking and settlement against real PostgreSQL with a scripted venue ledger. */
class ReconcilerTest {
    @TempDir static Path dataDir;
    static Store store;

    final SimulatedClock clock = new SimulatedClock(ExecutionFixtures.NOW);
    final InMemoryBus bus = new InMemoryBus(clock, 3, Duration.ofMillis(20));
    final FakeVenue venue = new FakeVenue();
    final FakeLedger ledger = new FakeLedger();
    final List<ControlCommand> control = new CopyOnWriteArrayList<>();
    final List<DeadLetter> alerts = new CopyOnWriteArrayList<>();
    final ReentrantLock orderWriter = new ReentrantLock();
    OrderTracker tracker;
    PositionBook book;
    Reconciler reconciler;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void wire() {
        store.jdbi().useHandle(h -> h.execute("TRUNCATE markets, market_tokens, signals, copy_orders, fills, positions, daily_pnl, audit_log CASCADE"));
        store.markets().upsert(ExecutionFixtures.market(MarketStatus.OPEN, "event-a"));
        book = new PositionBook(store.positions(), store.dailyPnl(), bus, clock);
        tracker = new OrderTracker(store.orders(), OrderJournal.direct(store.orders()), store.fills(), book, bus, clock);
        reconciler = new Reconciler(ledger, List.of(), tracker, store.orders(), store.positions(), book, store.markets(), store.auditLog(),
                new DeadLetterPublisher(bus, clock), bus, orderWriter, Transactions.unflushed(store.jdbi()), clock, 2);
        bus.subscribe(Topic.CONTROL, "test", e -> { if (e.payload() instanceof ControlCommand c) control.add(c); });
        bus.subscribe(Topic.DLQ, "test", e -> alerts.add((DeadLetter) e.payload()));
    }

    @AfterEach void unwire() { bus.close(); }

    Order submit(String signal, TimeInForce tif, SubmitOutcome.VenueOrderStatus status, String filled) {
        OrderIntent intent = new OrderIntent(new SignalId(signal), ExecutionFixtures.MARKET, ExecutionFixtures.YES, Side.BUY, Price.of("0.50"),
                Size.of("100"), tif);
        Venue.PreparedOrder prepared = venue.prepare(intent, ExecutionFixtures.market(MarketStatus.OPEN, "event-a"), ExecutionFixtures.NOW);
        Order order = tracker.beforeSubmit(prepared, ExecutionFixtures.NOW).orElseThrow();
        Size size = Size.of(filled);
        return tracker.onOutcome(order, new SubmitOutcome.Accepted(prepared.hash(), status, size, Price.of("0.50").notional(size),
                size.isZero() ? List.of() : List.of("t-" + signal)), "Yes");
    }

    Order unknown(String signal) {
        OrderIntent intent = new OrderIntent(new SignalId(signal), ExecutionFixtures.MARKET, ExecutionFixtures.YES, Side.BUY, Price.of("0.50"),
                Size.of("100"), TimeInForce.FAK);
        Venue.PreparedOrder prepared = venue.prepare(intent, ExecutionFixtures.market(MarketStatus.OPEN, "event-a"), ExecutionFixtures.NOW);
        Order order = tracker.beforeSubmit(prepared, ExecutionFixtures.NOW).orElseThrow();
        return tracker.onOutcome(order, new SubmitOutcome.Unknown(prepared.hash(), "timeout"), "Yes");
    }

    Order stored(Order o) { return store.orders().find(o.hash()).orElseThrow(); }

    @Test void aStoreThatAgreesWithTheVenueIsCleanAndHaltsNothing() {
        Order resting = submit("rest", TimeInForce.GTC, SubmitOutcome.VenueOrderStatus.LIVE, "0");
        submit("filled", TimeInForce.FAK, SubmitOutcome.VenueOrderStatus.MATCHED, "100");
        ledger.orders.put(resting.hash(), new OrderUpdate(resting.hash(), VenueOrderState.LIVE, resting.token(), resting.size(), Size.ZERO, clock.now()));
        ledger.balances.put(ExecutionFixtures.YES, Size.of("100"));

        ReconciliationReport report = reconciler.reconcile();

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.corrections()).isEmpty();
        assertThat(control).isEmpty();
    }

    @Test void driftTheVenueExplainsIsCorrectedWithoutAHalt() {
        Order unknown = unknown("lost");          // never reached the venue
        Order resting = submit("rest", TimeInForce.GTC, SubmitOutcome.VenueOrderStatus.LIVE, "0");
        // While we were not looking, the resting order filled in full and left the book.
        ledger.orders.put(resting.hash(), new OrderUpdate(resting.hash(), VenueOrderState.MATCHED, resting.token(), resting.size(),
                Size.of("100"), clock.now()));
        ledger.trades.add(new TradeReport("t-missed", resting.hash(), resting.token(), Side.BUY, Price.of("0.50"), Size.of("100"),
                SettlementState.CONFIRMED, clock.now()));
        ledger.balances.put(ExecutionFixtures.YES, Size.of("100"));

        ReconciliationReport report = reconciler.reconcile();

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.corrections()).hasSize(2);
        assertThat(stored(unknown).status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(stored(resting).status()).isEqualTo(OrderStatus.FILLED);
        assertThat(store.fills().forOrder(resting.hash())).extracting(f -> f.tradeId()).containsExactly("t-missed");
        assertThat(store.auditLog().recent(10)).anyMatch(a -> a.action().equals("reconcile.corrected"));
        assertThat(control).isEmpty();
    }

    @Test void anOrderAtTheVenueUnknownToUsHaltsTradingWithTheReasonAndAnAlert() {
        OrderHash stranger = new OrderHash("0x" + "ab".repeat(32));
        ledger.orders.put(stranger, new OrderUpdate(stranger, VenueOrderState.LIVE, ExecutionFixtures.YES, Size.of("10"), Size.ZERO, clock.now()));

        ReconciliationReport report = reconciler.reconcile();

        assertThat(report.mismatches()).containsExactly("order " + stranger + " is open at the venue but unknown to us");
        await().until(() -> control.size() == 1 && alerts.size() == 1);
        assertThat(control.getFirst().action()).isEqualTo(ControlCommand.Action.KILL);
        assertThat(control.getFirst().reason()).contains("unknown to us");
        assertThat(alerts.getFirst().error()).contains("reconciliation mismatch");
        assertThat(store.auditLog().recent(10)).anyMatch(a -> a.action().equals("reconcile.mismatch"));
    }

    @Test void anOrderThatReachedTheVenueAfterTheOpenListWasReadIsNoMismatch() {
        Order resting = submit("late", TimeInForce.GTC, SubmitOutcome.VenueOrderStatus.LIVE, "0");
        ledger.orders.put(resting.hash(), new OrderUpdate(resting.hash(), VenueOrderState.LIVE, resting.token(), resting.size(), Size.ZERO, clock.now()));
        ledger.missingFromOpenList.add(resting.hash());

        ReconciliationReport report = reconciler.reconcile();

        assertThat(report.mismatches()).isEmpty();
        assertThat(stored(resting).status()).isEqualTo(OrderStatus.LIVE);
        assertThat(control).isEmpty();
    }

    @Test void anOrderStillWaitingForItsAnswerIsLeftToIt() {
        OrderIntent intent = new OrderIntent(new SignalId("on-the-wire"), ExecutionFixtures.MARKET, ExecutionFixtures.YES, Side.BUY,
                Price.of("0.50"), Size.of("100"), TimeInForce.FAK);
        Venue.PreparedOrder prepared = venue.prepare(intent, ExecutionFixtures.market(MarketStatus.OPEN, "event-a"), ExecutionFixtures.NOW);
        Order sent = tracker.beforeSubmit(prepared, ExecutionFixtures.NOW).orElseThrow();
        // The venue lists nothing yet: the POST is still on its way.

        ReconciliationReport report = reconciler.reconcile();

        assertThat(report.mismatches()).isEmpty();
        assertThat(report.corrections()).isEmpty();
        assertThat(stored(sent).status()).isEqualTo(OrderStatus.SUBMITTED);
        // Once the answer is applied the order is the reconciler's again.
        tracker.onOutcome(sent, new SubmitOutcome.Unknown(prepared.hash(), "timeout"), "Yes");
        assertThat(reconciler.reconcile().corrections()).singleElement().asString().contains("the venue has no such order");
    }

    @Test void theVenueIsReadWithoutHoldingTheWriterLock() {
        submit("filled", TimeInForce.FAK, SubmitOutcome.VenueOrderStatus.MATCHED, "100");
        ledger.balances.put(ExecutionFixtures.YES, Size.of("100"));
        List<Boolean> lockedWhileReading = new CopyOnWriteArrayList<>();
        ledger.onRead = () -> lockedWhileReading.add(orderWriter.isLocked());

        assertThat(reconciler.reconcile().clean()).isTrue();
        // Open orders, trades and balances: seconds of calls at a few hundred positions, none of them holding up the signal path.
        assertThat(lockedWhileReading).hasSize(3).containsOnly(false);
    }

    @Test void anOrderThatMovedOnWhileTheVenueWasReadIsLeftToTheNextRun() {
        Order resting = submit("rest", TimeInForce.GTC, SubmitOutcome.VenueOrderStatus.LIVE, "0");
        ledger.orders.put(resting.hash(), new OrderUpdate(resting.hash(), VenueOrderState.LIVE, resting.token(), resting.size(), Size.ZERO,
                clock.now()));
        // The venue's open list says LIVE; meanwhile the user channel reports the order cancelled.
        ledger.onRead = () -> {
            ledger.onRead = () -> { };
            clock.advance(Duration.ofSeconds(1));
            tracker.onVenueEvent(new OrderUpdate(resting.hash(), VenueOrderState.CANCELLED, resting.token(), resting.size(), Size.ZERO,
                    clock.now()));
            ledger.orders.remove(resting.hash());
        };

        ReconciliationReport report = reconciler.reconcile();

        assertThat(report.mismatches()).isEmpty();
        assertThat(control).isEmpty();
        assertThat(stored(resting).status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(reconciler.reconcile().clean()).isTrue();
    }

    @Test void aHoldingThatDiffersOnTwoRunsInARowHalts() {
        submit("filled", TimeInForce.FAK, SubmitOutcome.VenueOrderStatus.MATCHED, "100");
        ledger.balances.put(ExecutionFixtures.YES, Size.of("60"));

        assertThat(reconciler.reconcile().mismatches()).as("settlement may lag one run").isEmpty();
        ReconciliationReport second = reconciler.reconcile();

        assertThat(second.mismatches()).containsExactly("position in 1001 is 100 shares here, 60 per venue");
        await().until(() -> control.size() == 1);
    }

    @Test void aResolvedMarketsRedeemedPositionClosesAtItsPayout() {
        submit("filled", TimeInForce.FAK, SubmitOutcome.VenueOrderStatus.MATCHED, "100"); // 100 YES for 50
        store.markets().upsert(ExecutionFixtures.market(MarketStatus.OPEN, "event-a").withStatus(MarketStatus.RESOLVED, ExecutionFixtures.YES));
        ledger.balances.put(ExecutionFixtures.YES, Size.ZERO); // redeemed: the tokens are gone, paid at 1

        ReconciliationReport report = reconciler.reconcile();

        assertThat(report.mismatches()).isEmpty();
        Position closed = store.positions().find(ExecutionFixtures.YES).orElseThrow();
        assertThat(closed.size()).isEqualTo(Size.ZERO);
        assertThat(closed.realizedPnl()).isEqualTo(Usd.of("50"));
        assertThat(book.realizedToday()).isEqualTo(Usd.of("50"));
    }

    @Test void markingValuesOpenPositionsAtTheMidAndWritesTodaysDailyPnl() {
        submit("filled", TimeInForce.FAK, SubmitOutcome.VenueOrderStatus.MATCHED, "100"); // 100 YES for 50
        venue.book = ExecutionFixtures.asks(clock.now(), "0.60", "100"); // bid 0.48, ask 0.60: mid 0.54
        var marker = new PositionMarker(store.positions(), store.markets(), store.dailyPnl(), venue, () -> Usd.of("1000"), clock);

        PortfolioMark mark = marker.mark();

        assertThat(mark.prices()).containsEntry(ExecutionFixtures.YES, new BigDecimal("0.54"));
        assertThat(mark.unrealizedPnl()).isEqualTo(Usd.of("4"));
        assertThat(mark.equity()).isEqualTo(Usd.of("1004"));
        DailyPnl today = store.dailyPnl().between(LocalDate.ofInstant(clock.now(), ZoneOffset.UTC), LocalDate.ofInstant(clock.now(), ZoneOffset.UTC))
                .getFirst();
        assertThat(today.unrealizedPnl()).isEqualTo(Usd.of("4"));
        assertThat(today.equity()).isEqualTo(Usd.of("1004"));

        store.markets().upsert(ExecutionFixtures.market(MarketStatus.OPEN, "event-a").withStatus(MarketStatus.RESOLVED, ExecutionFixtures.NO));
        assertThat(marker.mark().unrealizedPnl()).as("a resolved loser is marked at 0").isEqualTo(Usd.of("-50"));
    }
}
