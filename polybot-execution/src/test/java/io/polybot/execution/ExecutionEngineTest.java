package io.polybot.execution;

import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingStatus;
import io.polybot.core.trading.TradingStatusReporter;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.store.batch.BatchWriter;
import io.polybot.execution.book.BookSource;
import io.polybot.execution.deadletter.DeadLetterPublisher;
import io.polybot.execution.killswitch.DailyLossBreaker;
import io.polybot.execution.killswitch.KillSwitch;
import io.polybot.execution.market.MarketCache;
import io.polybot.execution.order.FileOrderJournal;
import io.polybot.execution.order.OrderSender;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.risk.RiskEngine;
import io.polybot.execution.risk.RiskLimits;
import io.polybot.execution.risk.RiskLimitsHolder;
import io.polybot.execution.sizing.FixedNotionalSizer;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.AuditEntry;
import io.polybot.store.repo.DailyPnl;
import io.polybot.store.repo.RiskDecisionRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The signal-to-position path against real PostgreSQL and the in-memory bus, with a scripted venue. */
class ExecutionEngineTest {
    @TempDir static Path dataDir;
    static Store store;

    final SimulatedClock clock = new SimulatedClock(ExecutionFixtures.NOW);
    final InMemoryBus bus = new InMemoryBus(clock, 3, Duration.ofMillis(20));
    final FakeVenue venue = new FakeVenue();
    final TradingSwitch tradingSwitch = new TradingSwitch(TradingState.ACTIVE);
    final List<Envelope<?>> events = new CopyOnWriteArrayList<>();
    final List<Envelope<?>> control = new CopyOnWriteArrayList<>();
    final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    Usd startingBalance = Usd.of("10000");
    RiskLimitsHolder limits;
    ExecutionEngine engine;
    ExecutionRole role;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void wire() {
        store.jdbi().useHandle(h -> h.execute(
                "TRUNCATE markets, market_tokens, signals, risk_decisions, copy_orders, fills, positions, daily_pnl, audit_log CASCADE"));
        store.markets().upsert(ExecutionFixtures.market(MarketStatus.OPEN, "event-a"));
        venue.book = ExecutionFixtures.asks(ExecutionFixtures.NOW, "0.50", "1000");
        var positions = new PositionBook(store.positions(), store.dailyPnl(), bus, clock);
        // The journal goes with the store: emptied with it, or its last test's orders would be stored again.
        Path journal = dataDir.resolve("orders-test.journal");
        try {
            Files.deleteIfExists(journal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var tracker = new OrderTracker(store.orders(), FileOrderJournal.open(journal, store.orders()), store.fills(), positions, bus, clock);
        limits = new RiskLimitsHolder(new RiskLimits(Usd.of("10000"), new BigDecimal("0.05"), 2, new BigDecimal("0.5"), Usd.of("500"),
                new BigDecimal("0.95"), new BigDecimal("0.03"), Duration.ofSeconds(30), 10), store.auditLog());
        var risk = new RiskEngine(limits, tradingSwitch::state, clock);
        var orderWriter = new ReentrantLock();
        var sender = new OrderSender(venue);
        var killSwitch = new KillSwitch(venue, tracker, store.orders(), store.auditLog(), sender, orderWriter);
        tradingSwitch.onChange(killSwitch::onStateChange);
        engine = new ExecutionEngine(bus, venue, new FixedNotionalSizer(Usd.of("50")), risk, tracker, positions,
                new MarketCache(store.markets(), clock, Duration.ofSeconds(5)), BookSource.venueOnly(venue, clock),
                new BatchWriter<>("risk-decisions", store.riskDecisions()::insertAll, 100, 10, Duration.ofMillis(50)),
                Transactions.unflushed(store.jdbi()), tradingSwitch, () -> startingBalance, () -> true,
                new DailyLossBreaker(limits, tradingSwitch, bus, clock), new DeadLetterPublisher(bus, clock), sender, orderWriter, clock);
        var reporter = new TradingStatusReporter("execution", "test", tradingSwitch, "sim", engine::liveArmed,
                () -> limits.get().toParameters(), bus, clock);
        limits.onChange(l -> reporter.publish());
        role = new ExecutionRole(bus, engine, tradingSwitch, limits, reporter, Optional.empty(), Duration.ofMinutes(1));
        bus.subscribe(Topic.ORDERS_EVENTS, "test", events::add);
        bus.subscribe(Topic.CONTROL, "test", control::add);
        bus.subscribe(Topic.DLQ, "test", e -> deadLetters.add((DeadLetter) e.payload()));
    }

    @AfterEach void unwire() {
        role.close();
        bus.close();
    }

    /** Handles the signal as the bus would, then waits for its order's answer to be applied (the sender applies it on its own thread). */
    void handle(Envelope<?> envelope) {
        engine.onSignal(envelope);
        engine.awaitAnswersApplied();
    }

    void publishControl(ControlCommand.Action action, Map<String, String> parameters) {
        bus.publish(Topic.CONTROL, Envelope.of("test", clock.now(), clock.now(),
                new ControlCommand(action, "tester", "drill", parameters, clock.now())));
    }

    static SubmitOutcome matchedInFull(io.polybot.execution.venue.Venue.PreparedOrder p) {
        return new SubmitOutcome.Accepted(p.hash(), SubmitOutcome.VenueOrderStatus.MATCHED, p.intent().size(),
                p.intent().limitPrice().notional(p.intent().size()), List.of("trade-1"));
    }

    @Test void copiesASignalIntoAFilledOrderAndAPosition() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        Order order = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filled()).isEqualTo(Size.of("100"));
        List<Fill> fills = store.fills().forOrder(order.hash());
        assertThat(fills).singleElement().satisfies(f -> assertThat(f.tradeId()).isEqualTo("trade-1"));
        Position position = store.positions().find(ExecutionFixtures.YES).orElseThrow();
        assertThat(position.size()).isEqualTo(Size.of("100"));
        assertThat(position.costBasis()).isEqualTo(Usd.of("50"));
        engine.awaitDecisionsStored();
        List<RiskDecisionRecord> decisions = store.riskDecisions().forSignal(signal.id());
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.approved()).isTrue();
            assertThat(d.figures()).containsEntry("size", "100");
        });
        await().untilAsserted(() -> assertThat(events).extracting(Envelope::type).contains("order", "fill", "position"));
    }

    @Test void ordersOnTheWireCountAgainstTheCapsUntilTheirAnswerIsApplied() throws InterruptedException {
        CountDownLatch venueAnswers = new CountDownLatch(1);
        venue.answer = p -> {
            awaitQuietly(venueAnswers);
            return matchedInFull(p);
        };
        // $50 a copy against a $500 position cap: ten fit while none has been answered, the eleventh does not.
        List<Signal> burst = new ArrayList<>();
        for (int i = 0; i < 11; i++) burst.add(ExecutionFixtures.signal("0.50", "burst-" + i));
        burst.forEach(s -> engine.onSignal(Envelope.of("test", clock.now(), clock.now(), s)));
        engine.awaitDecisionsStored();

        assertThat(store.riskDecisions().forSignal(burst.get(9).id())).extracting(RiskDecisionRecord::code).containsExactly("APPROVED");
        assertThat(store.riskDecisions().forSignal(burst.get(10).id())).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("POSITION_CAP");
            assertThat(d.figures()).containsEntry("positionRoom", "0");
        });
        await().untilAsserted(() -> assertThat(venue.submitted).hasSize(10));
        assertThat(store.positions().find(ExecutionFixtures.YES)).isEmpty();

        venueAnswers.countDown();
        engine.awaitAnswersApplied();
        assertThat(store.positions().find(ExecutionFixtures.YES).orElseThrow().costBasis()).isEqualTo(Usd.of("500"));
        assertThat(store.orders().open()).isEmpty();
    }

    @Test void theKillSwitchWaitsForAnOrderOnTheWireSoItsCancelAllCatchesIt() {
        CountDownLatch venueAnswers = new CountDownLatch(1);
        // The venue takes the order and lets it rest, but only answers once released.
        venue.answer = p -> {
            awaitQuietly(venueAnswers);
            return new SubmitOutcome.Accepted(p.hash(), SubmitOutcome.VenueOrderStatus.LIVE, Size.ZERO, Usd.ZERO, List.of());
        };
        Signal signal = ExecutionFixtures.signal("0.50");
        engine.onSignal(Envelope.of("test", clock.now(), clock.now(), signal));
        await().untilAsserted(() -> assertThat(venue.submitted).hasSize(1));

        role.start("test");
        publishControl(ControlCommand.Action.KILL, Map.of());
        await().until(tradingSwitch::halted);
        // The cancel-all waits while the order is on the wire: sent before it, the order could otherwise rest after it.
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> venue.cancelAllCalls.get() == 0);

        venueAnswers.countDown();
        await().untilAsserted(() -> assertThat(store.orders().findBySignal(signal.id()).orElseThrow().status())
                .isEqualTo(OrderStatus.CANCELLED));
        assertThat(venue.cancelAllCalls).hasValue(1);
        assertThat(venue.resting).isEmpty();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test void aRedeliveredSignalNeverProducesASecondOrder() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal));
        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        assertThat(venue.submitted).hasSize(1);
        engine.awaitDecisionsStored();
        assertThat(store.riskDecisions().forSignal(signal.id())).extracting(RiskDecisionRecord::code)
                .containsExactly("APPROVED", "DUPLICATE_SIGNAL");
    }

    @Test void anOrderStoredBeforeThisRunMakesItsSignalADuplicate() {
        // A restart: the order was recorded (and maybe sent) by the previous run; the tracker starts from the store.
        venue.answer = ExecutionEngineTest::matchedInFull;
        Signal signal = ExecutionFixtures.signal("0.50");
        store.orders().insertIfAbsent(new Order(new OrderHash("0x" + "ab".repeat(32)), signal.id(), ExecutionFixtures.MARKET,
                ExecutionFixtures.YES, Side.BUY, Price.of("0.51"), Size.of("98"), Size.ZERO, OrderStatus.SUBMITTED, TimeInForce.FAK, null,
                signal.createdAt(), signal.createdAt()));

        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        assertThat(venue.submitted).isEmpty();
        engine.awaitDecisionsStored();
        assertThat(store.riskDecisions().forSignal(signal.id())).extracting(RiskDecisionRecord::code).containsExactly("DUPLICATE_SIGNAL");
    }

    @Test void positionsStoredBeforeThisRunCountAgainstThePositionCap() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        store.positions().upsert(ExecutionFixtures.position(ExecutionFixtures.YES, "500"));
        Signal signal = ExecutionFixtures.signal("0.50");

        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        assertThat(venue.submitted).isEmpty();
        engine.awaitDecisionsStored();
        assertThat(store.riskDecisions().forSignal(signal.id())).extracting(RiskDecisionRecord::code).containsExactly("POSITION_CAP");
    }

    @Test void decisionsQueuedAtCloseAreStored() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal));
        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        engine.close();

        assertThat(store.riskDecisions().forSignal(signal.id())).extracting(RiskDecisionRecord::code)
                .containsExactly("APPROVED", "DUPLICATE_SIGNAL");
    }

    @Test void anAmbiguousSubmitLeavesTheOrderUnknownNotRejected() {
        venue.answer = p -> new SubmitOutcome.Unknown(p.hash(), "timeout after 10 s");
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        Order order = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.statusReason()).isEqualTo("timeout after 10 s");
        assertThat(store.positions().all()).isEmpty();
    }

    @Test void aVenueRejectionIsRecordedWithTheVenuesMessage() {
        venue.answer = p -> new SubmitOutcome.Rejected(p.hash(), "not enough balance / allowance");
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        Order order = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.statusReason()).isEqualTo("not enough balance / allowance");
    }

    @Test void aPartialImmediateFillCancelsTheRest() {
        venue.answer = p -> new SubmitOutcome.Accepted(p.hash(), SubmitOutcome.VenueOrderStatus.MATCHED, Size.of("40"), Usd.of("20"), List.of("t-9"));
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        Order order = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.filled()).isEqualTo(Size.of("40"));
        assertThat(store.positions().find(ExecutionFixtures.YES).orElseThrow().size()).isEqualTo(Size.of("40"));
    }

    @Test void theKillSwitchOnTheControlTopicStopsNewOrders() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        role.start("test");
        publishControl(ControlCommand.Action.KILL, Map.of());
        await().until(tradingSwitch::halted);

        Signal signal = ExecutionFixtures.signal("0.50");
        bus.publish(Topic.SIGNALS, Envelope.of("test", clock.now(), clock.now(), signal));
        await().until(() -> !store.riskDecisions().forSignal(signal.id()).isEmpty());
        assertThat(store.riskDecisions().forSignal(signal.id())).extracting(RiskDecisionRecord::code).containsExactly("TRADING_HALTED");
        assertThat(venue.submitted).isEmpty();
    }

    @Test void aKillCancelsAllAtTheVenueAndMarksOurRestingOrdersCancelled() {
        venue.answer = p -> new SubmitOutcome.Accepted(p.hash(), SubmitOutcome.VenueOrderStatus.LIVE, Size.ZERO, Usd.ZERO, List.of());
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal));
        assertThat(store.orders().findBySignal(signal.id()).orElseThrow().status()).isEqualTo(OrderStatus.LIVE);

        role.start("test");
        publishControl(ControlCommand.Action.KILL, Map.of());

        await().untilAsserted(() -> assertThat(store.orders().findBySignal(signal.id()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED));
        assertThat(venue.cancelAllCalls).hasValue(1);
        assertThat(store.orders().open()).isEmpty();
        assertThat(store.orders().findBySignal(signal.id()).orElseThrow().statusReason()).isEqualTo("cancelled by the kill switch: drill");
        await().untilAsserted(() -> assertThat(events).extracting(Envelope::payload)
                .anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(Order.class, o -> assertThat(o.status()).isEqualTo(OrderStatus.CANCELLED))));
        assertThat(store.auditLog().recent(10)).extracting(AuditEntry::action).contains("killswitch.cancel-all");
        await().untilAsserted(() -> assertThat(control).extracting(Envelope::payload)
                .anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(TradingStatus.class, s -> {
                    assertThat(s.state()).isEqualTo(TradingState.HALTED);
                    assertThat(s.by()).isEqualTo("tester");
                })));
    }

    @Test void aKillWhileTheVenueIsDownIsStillALocalHaltAndIsAudited() {
        venue.down = true;
        role.start("test");
        publishControl(ControlCommand.Action.KILL, Map.of());

        await().untilAsserted(() -> assertThat(store.auditLog().recent(10)).extracting(AuditEntry::action)
                .contains("killswitch.cancel-all.failed"));
        assertThat(tradingSwitch.halted()).isTrue();
        assertThat(venue.cancelAllCalls).hasValue(KillSwitch.CANCEL_ATTEMPTS);
    }

    @Test void theDailyLossBreakerPublishesKillOnControl() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        store.dailyPnl().upsert(new DailyPnl(today, Usd.of("-500"), Usd.ZERO, Usd.ZERO, clock.now()));

        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal));

        engine.awaitDecisionsStored();
        assertThat(store.riskDecisions().forSignal(signal.id())).extracting(RiskDecisionRecord::code).containsExactly("DAILY_LOSS_LIMIT");
        await().untilAsserted(() -> assertThat(control).extracting(Envelope::payload).anySatisfy(p ->
                assertThat(p).isInstanceOfSatisfying(ControlCommand.class, c -> {
                    assertThat(c.action()).isEqualTo(ControlCommand.Action.KILL);
                    assertThat(c.actor()).isEqualTo(DailyLossBreaker.ACTOR);
                    assertThat(c.reason()).isEqualTo("daily loss breaker: realised PnL today -500 reached the limit of -500");
                })));
        assertThat(venue.submitted).isEmpty();
        // It trips once a day, not on every signal.
        handle(Envelope.of("test", clock.now(), clock.now(), ExecutionFixtures.signal("0.51")));
        assertThat(control).extracting(Envelope::payload).filteredOn(ControlCommand.class::isInstance).hasSize(1);
    }

    @Test void aVenueThatCannotBeReadEndsInTheDlqAfterTheLastRedelivery() {
        venue.down = true;
        role.start("test");
        Signal signal = ExecutionFixtures.signal("0.50");
        bus.publish(Topic.SIGNALS, Envelope.of("test", clock.now(), clock.now(), signal).withId(signal.id().value()));

        await().untilAsserted(() -> assertThat(deadLetters).singleElement().satisfies(d -> {
            assertThat(d.originalId()).isEqualTo(signal.id().value());
            assertThat(d.topic()).isEqualTo("signals");
            assertThat(d.group()).isEqualTo(ExecutionEngine.SIGNALS_GROUP);
            assertThat(d.deliveries()).isEqualTo(3);
            assertThat(d.error()).contains("could not read the book of 1001: connection refused");
        }));
    }

    @Test void aVenueRejectionForBalanceGoesToTheDlqWithTheReason() {
        venue.answer = p -> new SubmitOutcome.Rejected(p.hash(), "not enough balance / allowance");
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal).withId(signal.id().value()));

        await().untilAsserted(() -> assertThat(deadLetters).singleElement().satisfies(d -> {
            assertThat(d.originalId()).isEqualTo(signal.id().value());
            assertThat(d.type()).isEqualTo("signal");
            assertThat(d.error()).startsWith("venue rejected order 0x").endsWith(": not enough balance / allowance");
        }));
    }

    @Test void aRiskDenialForBalanceGoesToTheDlqSoItCanBeRetriedOnceFunded() {
        startingBalance = Usd.of("20");
        Signal signal = ExecutionFixtures.signal("0.50");
        handle(Envelope.of("test", clock.now(), clock.now(), signal).withId(signal.id().value()));

        await().untilAsserted(() -> assertThat(deadLetters).singleElement().satisfies(d ->
                assertThat(d.error()).isEqualTo("insufficient balance: cost 50 exceeds balance 20")));
        assertThat(venue.submitted).isEmpty();
    }

    @Test void aRiskLimitChangeOnControlIsAppliedWholeAndAnInvalidOneNotAtAll() {
        role.start("test");
        publishControl(ControlCommand.Action.SET_PARAMETERS, Map.of("maxSlippage", "0.1", "maxPositionsPerEvent", "3"));
        await().untilAsserted(() -> assertThat(limits.get().maxSlippage()).isEqualByComparingTo("0.1"));
        assertThat(limits.get().maxPositionsPerEvent()).isEqualTo(3);
        await().untilAsserted(() -> assertThat(control).extracting(Envelope::payload).anySatisfy(p ->
                assertThat(p).isInstanceOfSatisfying(TradingStatus.class, s -> assertThat(s.riskLimits()).containsEntry("maxSlippage", "0.1"))));

        // The valid half (dailyLossLimit) must not be applied either.
        publishControl(ControlCommand.Action.SET_PARAMETERS, Map.of("dailyLossLimit", "100", "maxSlippage", "2"));
        await().untilAsserted(() -> assertThat(store.auditLog().recent(10)).extracting(AuditEntry::action).contains("risk.limits.refused"));
        assertThat(limits.get().dailyLossLimit()).isEqualTo(Usd.of("500"));
        assertThat(limits.get().maxSlippage()).isEqualByComparingTo("0.1");
        assertThat(store.auditLog().recent(10)).extracting(AuditEntry::action).contains("risk.limits.applied");
    }
}
