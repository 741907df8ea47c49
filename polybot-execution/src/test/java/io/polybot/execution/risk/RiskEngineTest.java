package io.polybot.execution.risk;

import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.trading.TradingState;
import org.junit.jupiter.api.Test;

import static io.polybot.execution.ExecutionFixtures.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RiskEngineTest {
    final SimulatedClock clock = new SimulatedClock(NOW);
    final AtomicReference<TradingState> state = new AtomicReference<>(TradingState.ACTIVE);
    final RiskLimits limits = new RiskLimits(Usd.of("10000"), new BigDecimal("0.05"), 2, new BigDecimal("0.5"), Usd.of("500"),
            new BigDecimal("0.95"), new BigDecimal("0.03"), Duration.ofSeconds(30), 10);
    final RiskEngine engine = new RiskEngine(() -> limits, state::get, clock);

    Market market = market(MarketStatus.OPEN, "event-a");
    OrderBookSnapshot book = asks(NOW, "0.50", "1000", "0.51", "1000");
    Signal signal = signal("0.50");
    Usd proposed = Usd.of("50");
    boolean alreadyOrdered = false;
    boolean armed = true;
    Map<TokenId, Position> held = new HashMap<>();
    Map<TokenId, String> events = new HashMap<>();
    Usd realizedToday = Usd.ZERO;
    Usd balance = Usd.of("10000");

    RiskDecision evaluate() {
        return engine.evaluate(new RiskRequest(signal, market, book, proposed, alreadyOrdered, armed,
                new Portfolio(held, events, realizedToday, balance)));
    }

    DenyReason denied() {
        RiskDecision decision = evaluate();
        assertThat(decision).isInstanceOf(RiskDecision.Denied.class);
        return ((RiskDecision.Denied) decision).reason();
    }

    @Test void approvesACopyWithinEveryLimitAtTheBestLevel() {
        var approved = (RiskDecision.Approved) evaluate();
        assertThat(approved.size()).isEqualTo(Size.of("100"));
        assertThat(approved.limitPrice()).isEqualTo(Price.of("0.5"));
        assertThat(approved.figures()).containsEntry("limitCap", "0.51").containsEntry("vwap", "0.5").containsEntry("cost", "50");
    }

    @Test void approvesAtMostTheOrderRateABurstOfItAndThenItsPace() {
        for (int i = 0; i < 10; i++) assertThat(evaluate()).as("order %d of the burst", i + 1).isInstanceOf(RiskDecision.Approved.class);
        var refused = (RiskDecision.Denied) evaluate();
        assertThat(refused.reason()).isEqualTo(DenyReason.ORDER_RATE);
        assertThat(refused.figures()).containsEntry("maxOrdersPerSecond", "10");

        // A denial for another reason takes no place; a tenth of a second frees one.
        balance = Usd.of("1");
        clock.advance(Duration.ofMillis(100));
        assertThat(denied()).isEqualTo(DenyReason.INSUFFICIENT_BALANCE);
        balance = Usd.of("10000");
        assertThat(evaluate()).isInstanceOf(RiskDecision.Approved.class);
        assertThat(denied()).isEqualTo(DenyReason.ORDER_RATE);

        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) assertThat(evaluate()).isInstanceOf(RiskDecision.Approved.class);
        assertThat(denied()).isEqualTo(DenyReason.ORDER_RATE);
    }

    @Test void deniesWhenHalted() {
        state.set(TradingState.HALTED);
        assertThat(denied()).isEqualTo(DenyReason.TRADING_HALTED);
    }

    @Test void deniesBuysWhileReducing() {
        state.set(TradingState.REDUCING);
        assertThat(denied()).isEqualTo(DenyReason.TRADING_HALTED);
    }

    @Test void deniesWhenLiveIsNotArmed() {
        armed = false;
        assertThat(denied()).isEqualTo(DenyReason.NOT_ARMED);
    }

    @Test void deniesOnAStaleBook() {
        clock.advance(Duration.ofSeconds(31));
        assertThat(denied()).isEqualTo(DenyReason.DATA_STALE);
    }

    @Test void deniesASignalThatAlreadyHasAnOrder() {
        alreadyOrdered = true;
        assertThat(denied()).isEqualTo(DenyReason.DUPLICATE_SIGNAL);
    }

    @Test void deniesAClosedMarket() {
        market = market(MarketStatus.CLOSED, "event-a");
        assertThat(denied()).isEqualTo(DenyReason.MARKET_NOT_TRADABLE);
    }

    @Test void positionCapReducesTheSizeButNeverRaisesIt() {
        held.put(YES, position(YES, "480")); // cap is 5% of 10,000 = 500, so $20 of room
        var approved = (RiskDecision.Approved) evaluate();
        assertThat(approved.size()).isEqualTo(Size.of("40"));
        assertThat(approved.figures()).containsEntry("positionRoom", "20");
    }

    @Test void deniesWhenThePositionCapIsReached() {
        held.put(YES, position(YES, "500"));
        assertThat(denied()).isEqualTo(DenyReason.POSITION_CAP);
    }

    @Test void deniesAThirdPositionInOneEvent() {
        TokenId other1 = new TokenId("2001");
        TokenId other2 = new TokenId("2002");
        held.put(other1, position(other1, "10"));
        held.put(other2, position(other2, "10"));
        events.put(other1, "event-a");
        events.put(other2, "event-a");
        assertThat(denied()).isEqualTo(DenyReason.POSITIONS_PER_EVENT);
    }

    @Test void deniesWhenTotalExposureIsFull() {
        for (int i = 0; i < 10; i++) {
            TokenId t = new TokenId("30" + i);
            held.put(t, position(t, "500"));
            events.put(t, "event-" + i);
        }
        assertThat(denied()).isEqualTo(DenyReason.EXPOSURE_CAP);
    }

    @Test void deniesOnceTheDailyLossLimitIsHit() {
        realizedToday = Usd.of("-500");
        assertThat(denied()).isEqualTo(DenyReason.DAILY_LOSS_LIMIT);
    }

    @Test void deniesWhenLessThanFiveCentsOfUpsideRemain() {
        signal = signal("0.96");
        assertThat(denied()).isEqualTo(DenyReason.NO_EDGE);
    }

    @Test void deniesWhenTheBookIsBeyondTheSlippageLimit() {
        book = asks(NOW, "0.52", "1000");
        assertThat(denied()).isEqualTo(DenyReason.SLIPPAGE);
    }

    @Test void deniesBelowTheMarketMinimumSize() {
        book = asks(NOW, "0.50", "3");
        assertThat(denied()).isEqualTo(DenyReason.BELOW_MINIMUM_SIZE);
    }

    @Test void deniesWithoutEnoughBalance() {
        balance = Usd.of("20");
        assertThat(denied()).isEqualTo(DenyReason.INSUFFICIENT_BALANCE);
    }

    @Test void deniesAZeroSizeFromTheSizerAsNoEdge() {
        proposed = Usd.ZERO;
        var denied = (RiskDecision.Denied) evaluate();
        assertThat(denied.reason()).isEqualTo(DenyReason.NO_EDGE);
        assertThat(denied.detail()).isEqualTo("the sizer proposed 0: no edge by its estimate");
    }

    @Test void runsChecksInTheDocumentedOrder() {
        state.set(TradingState.HALTED);
        alreadyOrdered = true;
        clock.advance(Duration.ofMinutes(5));
        assertThat(denied()).isEqualTo(DenyReason.TRADING_HALTED);
        state.set(TradingState.ACTIVE);
        assertThat(denied()).isEqualTo(DenyReason.DATA_STALE);
    }
}
