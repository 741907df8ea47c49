package io.polybot.execution.sizing;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.execution.ExecutionFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KellySizerTest {
    // Quarter Kelly on $10,000 of equity, at most $500.
    final KellySizer sizer = new KellySizer(new BigDecimal("0.25"), () -> Usd.of("10000"), Usd.of("500"));

    static Signal withWinProbability(String q) {
        Signal s = ExecutionFixtures.signal("0.50");
        return new Signal(s.id(), s.strategy(), s.market(), s.token(), s.outcome(), s.side(), s.referencePrice(), s.triggerNotional(),
                s.reason(), q == null ? Map.of() : Map.of(KellySizer.WIN_PROBABILITY, q), s.createdAt());
    }

    @Test void stakesAFractionOfTheKellyShareOfEquity() {
        // f* = (0.60 − 0.50) / (1 − 0.50) = 0.2; × 0.25 = 0.05; × 10,000 = 500.
        assertThat(sizer.notional(withWinProbability("0.60"), Price.of("0.50"))).isEqualTo(Usd.of("500"));
        // f* = (0.55 − 0.40) / 0.60 = 0.25; × 0.25 × 10,000 = 625, capped at 500.
        assertThat(sizer.notional(withWinProbability("0.55"), Price.of("0.40"))).isEqualTo(Usd.of("500"));
        // f* = (0.52 − 0.50) / 0.50 = 0.04; × 0.25 × 10,000 = 100.
        assertThat(sizer.notional(withWinProbability("0.52"), Price.of("0.50"))).isEqualTo(Usd.of("100"));
        // f* = (0.70 − 0.65) / 0.35 = 0.142857142857…; × 2,500 = 357.142857… → 357.14 (cents, rounded down).
        assertThat(sizer.notional(withWinProbability("0.70"), Price.of("0.65"))).isEqualTo(Usd.of("357.14"));
    }

    @Test void noEdgeOrNoEstimateSizesToZero() {
        assertThat(sizer.notional(withWinProbability("0.50"), Price.of("0.50"))).isEqualTo(Usd.ZERO);
        assertThat(sizer.notional(withWinProbability("0.45"), Price.of("0.50"))).isEqualTo(Usd.ZERO);
        assertThat(sizer.notional(withWinProbability(null), Price.of("0.50"))).isEqualTo(Usd.ZERO);
        assertThat(sizer.notional(withWinProbability("1.7"), Price.of("0.50"))).isEqualTo(Usd.ZERO);
    }
}
