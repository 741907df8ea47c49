package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsDoublesTest {
    @Test
    void formatsLikeJavaScriptNumberToString() {
        assertThat(JsDoubles.jsToString(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(JsDoubles.jsToString(100.0)).isEqualTo("100");
        assertThat(JsDoubles.jsToString(1e21)).isEqualTo("1e+21");
        assertThat(JsDoubles.jsToString(123456789012345680000.0)).isEqualTo("123456789012345680000");
        assertThat(JsDoubles.jsToString(0.000001)).isEqualTo("0.000001");
        assertThat(JsDoubles.jsToString(0.0000001)).isEqualTo("1e-7");
        assertThat(JsDoubles.jsToString(1.5e-7)).isEqualTo("1.5e-7");
        assertThat(JsDoubles.jsToString(0.7 * 0.01)).isEqualTo("0.006999999999999999");
        assertThat(JsDoubles.jsToString(-2.5)).isEqualTo("-2.5");
    }

    @Test
    void countsDecimalPlacesOfTheJavaScriptText() {
        assertThat(JsDoubles.decimalPlaces(3)).isZero();
        assertThat(JsDoubles.decimalPlaces(0.25)).isEqualTo(2);
        assertThat(JsDoubles.decimalPlaces(0.1 * 3)).isEqualTo(17);
        assertThat(JsDoubles.decimalPlaces(1e-7)).isZero(); // "1e-7" has no "."
        assertThat(JsDoubles.decimalPlaces(1.5e-7)).isEqualTo(4); // "5e-7"
    }

    @Test
    void roundNormalAddsEpsilonBeforeRounding() {
        assertThat(JsDoubles.roundNormal(0.125, 2)).isEqualTo(0.13);
        assertThat(JsDoubles.roundDown(0.129, 2)).isEqualTo(0.12);
        assertThat(JsDoubles.roundUp(0.121, 2)).isEqualTo(0.13);
    }
}
