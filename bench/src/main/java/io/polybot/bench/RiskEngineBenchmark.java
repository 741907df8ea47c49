package io.polybot.bench;

import io.polybot.core.market.BookLevel;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.trading.TradingState;
import io.polybot.execution.risk.Portfolio;
import io.polybot.execution.risk.RiskDecision;
import io.polybot.execution.risk.RiskEngine;
import io.polybot.execution.risk.RiskLimits;
import io.polybot.execution.risk.RiskRequest;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Sizing + risk for one signal against a 10-level book (budget: 20 µs, ARCHITECTURE §8). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RiskEngineBenchmark {
    private RiskEngine engine;
    private RiskRequest request;

    @Setup public void setUp() {
        Instant now = Instant.parse("2026-11-21T12:00:00Z");
        ConditionId market = new ConditionId("0x" + "11".repeat(32));
        TokenId yes = new TokenId("1001");
        List<BookLevel> asks = new ArrayList<>();
        for (int i = 0; i < 10; i++) asks.add(new BookLevel(new Price(new BigDecimal("0.50").add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(i)))), Size.of("40")));
        var book = new OrderBookSnapshot(market, yes, List.of(new BookLevel(Price.of("0.48"), Size.of("500"))), asks,
                new BigDecimal("0.01"), new BigDecimal("5"), now);
        var m = new Market(market, "q", "s", "e", "c", List.of(new OutcomeToken(yes, "Yes", 0)), new BigDecimal("0.01"),
                new BigDecimal("5"), false, now.plusSeconds(86_400), MarketStatus.OPEN, null);
        var signal = new Signal(SignalId.of("whale-copy", "t"), "whale-copy", market, yes, "Yes", Side.BUY, Price.of("0.50"),
                Usd.of("12500"), "bench", Map.of(), now);
        var limits = new RiskLimits(Usd.of("10000"), new BigDecimal("0.05"), 2, new BigDecimal("0.5"), Usd.of("500"),
                new BigDecimal("0.95"), new BigDecimal("0.03"), Duration.ofSeconds(30),
                Integer.MAX_VALUE);   // the clock stands still here: any finite rate would deny after its burst
        engine = new RiskEngine(() -> limits, () -> TradingState.ACTIVE, new SimulatedClock(now));
        request = new RiskRequest(signal, m, book, Usd.of("50"), false, true, new Portfolio(Map.of(), Map.of(), Usd.ZERO, Usd.of("10000")));
    }

    @Benchmark public RiskDecision evaluate() { return engine.evaluate(request); }
}
