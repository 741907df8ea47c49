package io.polybot.strategy.intelligence.consensus;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.strategy.intelligence.scoring.Markout;
import io.polybot.strategy.intelligence.scoring.WalletScore;
import io.polybot.strategy.intelligence.scoring.WinRate;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class EntryGateTest {
    final EntryGate gate = new EntryGate(EntryGateConfig.defaults());

    @Test void passesWithUpsideLittleSlippageAndPositiveValue() {
        GateResult r = gate.evaluate(Price.of("0.41"), new BigDecimal("0.40"), new BigDecimal("0.5"));

        assertThat(r.passed()).isTrue();
        assertThat(r.failures()).isEmpty();
        assertThat(r.slippage()).isEqualByComparingTo("0.025"); // 0.01 / 0.40
        assertThat(r.upside()).isEqualByComparingTo("0.59");
        // 0.5/0.41 − 1 − 0.02·0.59 = 0.2195122 − 0.0118
        assertThat(r.expectedValuePerDollar()).isEqualByComparingTo("0.207712");
        assertThat(r.asProvenance()).containsEntry("gate.passed", "true").containsEntry("gate.slippage", "0.025000");
    }

    @Test void refusesUnderFiveCentsOfUpside() {
        GateResult r = gate.evaluate(Price.of("0.96"), new BigDecimal("0.95"), new BigDecimal("0.99"));
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).containsExactly("price 0.96 above 0.95: under 5¢ of upside");
    }

    @Test void refusesWhenThePriceRanPastTheSlippageLimit() {
        GateResult r = gate.evaluate(Price.of("0.42"), new BigDecimal("0.40"), new BigDecimal("0.6"));
        assertThat(r.passed()).isFalse();
        assertThat(r.slippage()).isEqualByComparingTo("0.05");
        assertThat(r.failures()).containsExactly("price ran 0.050000 past the whales' VWAP 0.40, limit 0.03");
    }

    @Test void refusesWhenFeesEatTheExpectedValue() {
        // q = p: 0 − 0.02·0.59 = −0.0118
        GateResult r = gate.evaluate(Price.of("0.41"), new BigDecimal("0.41"), new BigDecimal("0.41"));
        assertThat(r.passed()).isFalse();
        assertThat(r.expectedValuePerDollar()).isEqualByComparingTo("-0.0118");
        assertThat(r.failures()).containsExactly("expected value after fees -0.011800 per dollar is not positive");
    }

    @Test void winProbabilityIsTheVwapPlusTheWalletsAverageEdge() {
        // edges 0.60 − 0.50 = 0.10 and 0.55 − 0.50 = 0.05: mean 0.075
        BigDecimal q = EntryGate.winProbability(new BigDecimal("0.40"), List.of(score("0.60", "0.50"), score("0.55", "0.50")));
        assertThat(q).isEqualByComparingTo("0.475");
        assertThat(EntryGate.winProbability(new BigDecimal("0.40"), List.of())).isEqualByComparingTo("0.40");
    }

    static WalletScore score(String wilsonLower, String entry) {
        WinRate rate = new WinRate(0, 0, BigDecimal.ZERO, new BigDecimal(wilsonLower), BigDecimal.ONE);
        Markout none = new Markout(Duration.ofHours(1), BigDecimal.ZERO, 0);
        return new WalletScore(wallet(1), T0, 0, 0, 0, rate, rate, new BigDecimal(entry), BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, Usd.ZERO, none, none, false, BigDecimal.ZERO, null);
    }
}
