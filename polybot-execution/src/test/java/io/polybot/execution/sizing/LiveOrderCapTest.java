package io.polybot.execution.sizing;

import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.execution.ExecutionFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveOrderCapTest {
    @Test void theCapOnlyEverLowersASize() {
        LiveOrderCap capped = new LiveOrderCap(new FixedNotionalSizer(Usd.of("200")), Usd.of("50"));
        assertThat(capped.notional(ExecutionFixtures.signal("0.50"), Price.of("0.50"))).isEqualTo(Usd.of("50"));

        LiveOrderCap roomy = new LiveOrderCap(new FixedNotionalSizer(Usd.of("20")), Usd.of("50"));
        assertThat(roomy.notional(ExecutionFixtures.signal("0.50"), Price.of("0.50"))).isEqualTo(Usd.of("20"));
    }

    @Test void aCapOfZeroIsAConfigurationError() {
        assertThatThrownBy(() -> new LiveOrderCap(new FixedNotionalSizer(Usd.of("20")), Usd.ZERO)).hasMessageContaining("> 0");
    }
}
