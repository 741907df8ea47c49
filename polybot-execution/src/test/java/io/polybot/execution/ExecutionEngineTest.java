package io.polybot.execution;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.trading.TradingState;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.risk.RiskEngine;
import io.polybot.execution.sizing.FixedNotionalSizer;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.RiskDecisionRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
    ExecutionEngine engine;

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void wire() {
        store.jdbi().useHandle(h -> h.execute("TRUNCATE markets, market_tokens, signals, risk_decisions, copy_orders, fills, positions, daily_pnl CASCADE"));
        store.markets().upsert(ExecutionFixtures.market(MarketStatus.OPEN, "event-a"));
        venue.book = ExecutionFixtures.asks(ExecutionFixtures.NOW, "0.50", "1000");
        var positions = new PositionBook(store.positions(), store.dailyPnl(), bus, clock);
        var tracker = new OrderTracker(store.orders(), store.fills(), positions, bus, clock);
        var risk = new RiskEngine(() -> new io.polybot.execution.risk.RiskLimits(Usd.of("10000"), new BigDecimal("0.05"), 2,
                new BigDecimal("0.5"), Usd.of("500"), new BigDecimal("0.95"), new BigDecimal("0.03"), Duration.ofSeconds(30)),
                tradingSwitch::state, clock);
        engine = new ExecutionEngine(bus, venue, new FixedNotionalSizer(Usd.of("50")), risk, tracker, positions, store.markets(),
                store.orders(), store.positions(), store.riskDecisions(), tradingSwitch, () -> Usd.of("10000"), true, clock);
        bus.subscribe(Topic.ORDERS_EVENTS, "test", events::add);
    }

    static SubmitOutcome matchedInFull(io.polybot.execution.venue.Venue.PreparedOrder p) {
        return new SubmitOutcome.Accepted(p.hash(), SubmitOutcome.VenueOrderStatus.MATCHED, p.intent().size(),
                p.intent().limitPrice().notional(p.intent().size()), List.of("trade-1"));
    }

    @Test void copiesASignalIntoAFilledOrderAndAPosition() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        Signal signal = ExecutionFixtures.signal("0.50");
        engine.onSignal(Envelope.of("test", clock.now(), clock.now(), signal));

        Order order = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filled()).isEqualTo(Size.of("100"));
        List<Fill> fills = store.fills().forOrder(order.hash());
        assertThat(fills).singleElement().satisfies(f -> assertThat(f.tradeId()).isEqualTo("trade-1"));
        Position position = store.positions().find(ExecutionFixtures.YES).orElseThrow();
        assertThat(position.size()).isEqualTo(Size.of("100"));
        assertThat(position.costBasis()).isEqualTo(Usd.of("50"));
        List<RiskDecisionRecord> decisions = store.riskDecisions().forSignal(signal.id());
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.approved()).isTrue();
            assertThat(d.figures()).containsEntry("size", "100");
        });
        await().untilAsserted(() -> assertThat(events).extracting(Envelope::type).contains("order", "fill", "position"));
    }

    @Test void aRedeliveredSignalNeverProducesASecondOrder() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        Signal signal = ExecutionFixtures.signal("0.50");
        engine.onSignal(Envelope.of("test", clock.now(), clock.now(), signal));
        engine.onSignal(Envelope.of("test", clock.now(), clock.now(), signal));

        assertThat(venue.submitted).hasSize(1);
        assertThat(store.riskDecisions().forSignal(signal.id())).extracting(RiskDecisionRecord::code)
                .containsExactly("APPROVED", "DUPLICATE_SIGNAL");
    }

    @Test void anAmbiguousSubmitLeavesTheOrderUnknownNotRejected() {
        venue.answer = p -> new SubmitOutcome.Unknown(p.hash(), "timeout after 10 s");
        Signal signal = ExecutionFixtures.signal("0.50");
        engine.onSignal(Envelope.of("test", clock.now(), clock.now(), signal));

        Order order = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.UNKNOWN);
        assertThat(order.statusReason()).isEqualTo("timeout after 10 s");
        assertThat(store.positions().all()).isEmpty();
    }

    @Test void aVenueRejectionIsRecordedWithTheVenuesMessage() {
        venue.answer = p -> new SubmitOutcome.Rejected(p.hash(), "not enough balance / allowance");
        Signal signal = ExecutionFixtures.signal("0.50");
        engine.onSignal(Envelope.of("test", clock.now(), clock.now(), signal));

        Order order = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(order.statusReason()).isEqualTo("not enough balance / allowance");
    }

    @Test void aPartialImmediateFillCancelsTheRest() {
        venue.answer = p -> new SubmitOutcome.Accepted(p.hash(), SubmitOutcome.VenueOrderStatus.MATCHED, Size.of("40"), Usd.of("20"), List.of("t-9"));
        Signal signal = ExecutionFixtures.signal("0.50");
        engine.onSignal(Envelope.of("test", clock.now(), clock.now(), signal));

        Order order = store.orders().findBySignal(signal.id()).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.filled()).isEqualTo(Size.of("40"));
        assertThat(store.positions().find(ExecutionFixtures.YES).orElseThrow().size()).isEqualTo(Size.of("40"));
    }

    @Test void theKillSwitchOnTheControlTopicStopsNewOrders() {
        venue.answer = ExecutionEngineTest::matchedInFull;
        engine.start("test");
        bus.publish(Topic.CONTROL, Envelope.of("test", clock.now(), clock.now(),
                new ControlCommand(ControlCommand.Action.KILL, "tester", "drill", Map.of(), clock.now())));
        await().until(tradingSwitch::halted);

        Signal signal = ExecutionFixtures.signal("0.50");
        bus.publish(Topic.SIGNALS, Envelope.of("test", clock.now(), clock.now(), signal));
        await().until(() -> !store.riskDecisions().forSignal(signal.id()).isEmpty());
        assertThat(store.riskDecisions().forSignal(signal.id())).extracting(RiskDecisionRecord::code).containsExactly("TRADING_HALTED");
        assertThat(venue.submitted).isEmpty();
        engine.close();
    }
}
