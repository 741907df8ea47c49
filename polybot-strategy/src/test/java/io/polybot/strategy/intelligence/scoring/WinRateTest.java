package io.polybot.strategy.intelligence.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WinRateTest {
    @Test void wilsonNinetyFivePercentForSevenOfTen() {
        // z = 1.96: centre = (0.7 + 0.19208)/1.38416 = 0.644492, half = 1.96·√(0.021 + 0.009604)/1.38416 = 0.247715
        WinRate rate = WinRate.wilson(7, 10, WinRate.Z95);
        assertThat(rate.rate()).isEqualByComparingTo("0.7");
        assertThat(rate.lower()).isEqualByComparingTo("0.396778");
        assertThat(rate.upper()).isEqualByComparingTo("0.892209");
    }

    @Test void wilsonStaysInsideZeroAndOneAtTheExtremes() {
        assertThat(WinRate.wilson(10, 10, WinRate.Z95).lower()).isEqualByComparingTo("0.722467");
        assertThat(WinRate.wilson(10, 10, WinRate.Z95).upper()).isEqualByComparingTo("1");
        assertThat(WinRate.wilson(0, 10, WinRate.Z95).lower()).isEqualByComparingTo("0");
        assertThat(WinRate.wilson(0, 10, WinRate.Z95).upper()).isEqualByComparingTo("0.277533");
    }

    @Test void anEmptySampleSaysNothing() {
        assertThat(WinRate.wilson(0, 0, WinRate.Z95)).isEqualTo(WinRate.EMPTY);
    }
}
