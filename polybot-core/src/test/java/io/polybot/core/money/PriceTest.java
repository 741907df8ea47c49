package io.polybot.core.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class PriceTest {
    @Test void acceptsPricesStrictlyBetweenZeroAndOne() {
        assertThat(Price.of("0.001").value()).isEqualTo(new BigDecimal("0.001"));
        assertThat(Price.of("0.999").value()).isEqualTo(new BigDecimal("0.999"));
    }

    @Test void rejectsZeroOneAndBeyond() {
        assertThatThrownBy(() -> Price.of("0")).isInstanceOf(IllegalArgumentException.class).hasMessage("price must be in (0, 1), was 0");
        assertThatThrownBy(() -> Price.of("1.00")).hasMessage("price must be in (0, 1), was 1");
        assertThatThrownBy(() -> Price.of("-0.5")).hasMessage("price must be in (0, 1), was -0.5");
        assertThatThrownBy(() -> Price.of("1.5")).hasMessage("price must be in (0, 1), was 1.5");
        assertThatThrownBy(() -> new Price(null)).hasMessage("price is required");
    }

    @Test void trailingZerosDoNotMatter() {
        assertThat(Price.of("0.50")).isEqualTo(Price.of("0.5")).hasSameHashCodeAs(Price.of("0.5"));
        assertThat(Price.of("0.500").toString()).isEqualTo("0.5");
        assertThat(Price.of("5E-1")).isEqualTo(Price.of("0.5"));
    }

    @Test void onTickWhenAMultipleOfTheTickSize() {
        assertThat(Price.of("0.55").onTick(new BigDecimal("0.01"))).isTrue();
        assertThat(Price.of("0.555").onTick(new BigDecimal("0.01"))).isFalse();
        assertThat(Price.of("0.555").onTick(new BigDecimal("0.001"))).isTrue();
        assertThat(Price.of("0.5").onTick(new BigDecimal("0.10"))).isTrue();
    }

    @Test void notionalIsPriceTimesShares() {
        assertThat(Price.of("0.55").notional(Size.of("10"))).isEqualTo(Usd.of("5.5"));
        assertThat(Price.of("0.333").notional(Size.of("3.03"))).isEqualTo(Usd.of("1.00899"));
    }

    @Test void upsideIsOneMinusPrice() {
        assertThat(Price.of("0.3").upside()).isEqualTo(new BigDecimal("0.7"));
    }

    @Test void ordersByValue() {
        assertThat(Price.of("0.49")).isLessThan(Price.of("0.5"));
        assertThat(Price.of("0.50").compareTo(Price.of("0.5"))).isZero();
    }
}
