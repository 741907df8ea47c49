package io.polybot.core.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class SizeTest {
    @Test void equalQuantitiesAreEqualWhateverTheirScale() {
        assertThat(Size.of("100.00")).isEqualTo(Size.of("100")).isEqualTo(new Size(new BigDecimal("1E+2")));
        assertThat(Size.of("0.000")).isEqualTo(Size.ZERO);
    }

    @Test void printsPlainIntegers() {
        assertThat(Size.of("1E+2").toString()).isEqualTo("100");
        assertThat(Size.of("100").shares().scale()).isZero();
        assertThat(Size.of("12.50").toString()).isEqualTo("12.5");
    }

    @Test void rejectsNegativeSizes() {
        assertThatThrownBy(() -> Size.of("-0.01")).isInstanceOf(IllegalArgumentException.class).hasMessage("size must be >= 0, was -0.01");
        assertThatThrownBy(() -> new Size(null)).hasMessage("size is required");
    }

    @Test void addsAndSubtractsExactly() {
        assertThat(Size.of("0.1").plus(Size.of("0.2"))).isEqualTo(Size.of("0.3"));
        assertThat(Size.of("10").minus(Size.of("2.5"))).isEqualTo(Size.of("7.5"));
        assertThat(Size.of("10").minus(Size.of("10")).isZero()).isTrue();
    }

    @Test void cannotGoBelowZero() {
        assertThatThrownBy(() -> Size.of("1").minus(Size.of("1.01"))).hasMessage("size must be >= 0, was -0.01");
    }

    @Test void minPicksTheSmaller() {
        assertThat(Size.of("3").min(Size.of("5"))).isEqualTo(Size.of("3"));
        assertThat(Size.of("5").min(Size.of("3"))).isEqualTo(Size.of("3"));
    }
}
