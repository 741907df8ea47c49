package io.polybot.strategy.intelligence.scoring;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class EdgeMathTest {
    @Test void kellyForSixtyPercentAtHalfIsTwentyPercent() {
        // (0.6 − 0.5)/(1 − 0.5)
        assertThat(EdgeMath.kelly(new BigDecimal("0.6"), new BigDecimal("0.5"))).isEqualByComparingTo("0.2");
    }

    @Test void kellyIsNegativeWhenThePriceIsAboveTheWinProbability() {
        // (0.5 − 0.6)/(1 − 0.6) = −0.25
        assertThat(EdgeMath.kelly(new BigDecimal("0.5"), new BigDecimal("0.6"))).isEqualByComparingTo("-0.25");
    }

    @Test void feeShareIsRateTimesUpside() {
        // 0.02·(1 − 0.8)
        assertThat(EdgeMath.feeShare(new BigDecimal("0.02"), new BigDecimal("0.8"))).isEqualByComparingTo("0.004");
    }

    @Test void expectedValuePerDollarIsNetOfTakerFees() {
        // 0.6/0.5 − 1 − 0.02·0.5 = 0.2 − 0.01
        assertThat(EdgeMath.expectedValuePerDollar(new BigDecimal("0.6"), new BigDecimal("0.5"), new BigDecimal("0.02")))
                .isEqualByComparingTo("0.19");
    }

    @Test void feesCanEatAThinEdge() {
        // 0.505/0.5 − 1 − 0.03·0.5 = 0.01 − 0.015
        assertThat(EdgeMath.expectedValuePerDollar(new BigDecimal("0.505"), new BigDecimal("0.5"), new BigDecimal("0.03")))
                .isEqualByComparingTo("-0.005");
    }

    @Test void edgePerShareIsEvTimesPrice() {
        // 0.6 − 0.5 − 0.02·0.5·0.5 = 0.095 = 0.19 · 0.5
        assertThat(EdgeMath.edgePerShare(new BigDecimal("0.6"), new BigDecimal("0.5"), new BigDecimal("0.02"))).isEqualByComparingTo("0.095");
    }
}
