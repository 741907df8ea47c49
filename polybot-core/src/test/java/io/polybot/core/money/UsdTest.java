package io.polybot.core.money;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class UsdTest {
    @Test void convertsToSixDecimalBaseUnitsExactly() {
        assertThat(Usd.of("5.5").toBaseUnits()).isEqualTo(5_500_000L);
        assertThat(Usd.of("0.000001").toBaseUnits()).isEqualTo(1L);
        assertThat(Usd.of("12500").toBaseUnits()).isEqualTo(12_500_000_000L);
        assertThat(Usd.of("-1.25").toBaseUnits()).isEqualTo(-1_250_000L);
        assertThat(Usd.ZERO.toBaseUnits()).isZero();
    }

    @Test void refusesToRoundBelowOneBaseUnit() {
        assertThatThrownBy(() -> Usd.of("0.0000001").toBaseUnits()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Usd.of("1.2345678").toBaseUnits()).isInstanceOf(ArithmeticException.class);
    }

    @Test void refusesAmountsBeyondALong() {
        assertThatThrownBy(() -> Usd.of("10000000000000").toBaseUnits()).isInstanceOf(ArithmeticException.class);
    }

    @Test void equalAmountsAreEqualWhateverTheirScale() {
        assertThat(Usd.of("12500.00")).isEqualTo(Usd.of("12500")).isEqualTo(Usd.of("1.25E+4"));
        assertThat(Usd.of("1.25E+4").toString()).isEqualTo("12500");
    }

    @Test void arithmeticIsExact() {
        assertThat(Usd.of("0.1").plus(Usd.of("0.2"))).isEqualTo(Usd.of("0.3"));
        assertThat(Usd.of("1").minus(Usd.of("1.5"))).isEqualTo(Usd.of("-0.5"));
        assertThat(Usd.of("1").minus(Usd.of("1.5")).isNegative()).isTrue();
        assertThat(Usd.of("2.5").negate()).isEqualTo(Usd.of("-2.5"));
    }

    @Test void requiresAnAmount() {
        assertThatThrownBy(() -> new Usd(null)).hasMessage("amount is required");
    }
}
