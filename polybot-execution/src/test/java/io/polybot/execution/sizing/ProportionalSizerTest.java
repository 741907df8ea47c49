package io.polybot.execution.sizing;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.execution.ExecutionFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProportionalSizerTest {
    // 0.4% of the whale's notional, between $10 and $100.
    final ProportionalSizer sizer = new ProportionalSizer(new BigDecimal("0.004"), Usd.of("10"), Usd.of("100"));

    static Signal whaleOf(String notional) {
        Signal s = ExecutionFixtures.signal("0.50");
        return new Signal(s.id(), s.strategy(), s.market(), s.token(), s.outcome(), s.side(), s.referencePrice(), Usd.of(notional),
                s.reason(), s.provenance(), s.createdAt());
    }

    @Test void takesTheFractionOfTheWhalesNotional() {
        assertThat(sizer.notional(whaleOf("12500"), Price.of("0.5"))).isEqualTo(Usd.of("50")); // 12,500 × 0.004
    }

    @Test void neverBelowTheMinimumNorAboveTheMaximum() {
        assertThat(sizer.notional(whaleOf("1000"), Price.of("0.5"))).isEqualTo(Usd.of("10"));   // 4 → 10
        assertThat(sizer.notional(whaleOf("50000"), Price.of("0.5"))).isEqualTo(Usd.of("100")); // 200 → 100
    }

    @Test void refusesAMaximumBelowTheMinimum() {
        assertThatThrownBy(() -> new ProportionalSizer(new BigDecimal("0.01"), Usd.of("50"), Usd.of("10")))
                .hasMessage("maximum notional 10 is below the minimum 50");
    }
}
