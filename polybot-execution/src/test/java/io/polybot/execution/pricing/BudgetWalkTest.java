package io.polybot.execution.pricing;

import io.polybot.core.market.BookLevel;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BudgetWalkTest {
    static final ConditionId MARKET = new ConditionId("0x" + "ab".repeat(32));
    static final TokenId TOKEN = new TokenId("123");

    static OrderBookSnapshot asks(String... priceSize) {
        List<BookLevel> levels = new java.util.ArrayList<>();
        for (int i = 0; i < priceSize.length; i += 2) levels.add(new BookLevel(Price.of(priceSize[i]), Size.of(priceSize[i + 1])));
        return new OrderBookSnapshot(MARKET, TOKEN, List.of(), levels, new BigDecimal("0.01"), BigDecimal.ONE, Instant.EPOCH);
    }

    @Test void spendsTheBudgetAtTheBestLevelWhenItIsDeepEnough() {
        BookWalk walk = BudgetWalk.buy(asks("0.51", "1000", "0.50", "1000"), Usd.of("50"), Price.of("0.55")).orElseThrow();
        assertThat(walk.fillable()).isEqualTo(Size.of("100"));
        assertThat(walk.cost()).isEqualTo(Usd.of("50"));
        assertThat(walk.worstPrice()).isEqualTo(Price.of("0.5"));
        assertThat(walk.vwap()).isEqualByComparingTo("0.5");
    }

    @Test void walksDeeperLevelsAndNeverOverspends() {
        // 20 shares at 0.50 ($10), then $40 buys 78.43 shares at 0.51 (rounded down to 2 decimals).
        BookWalk walk = BudgetWalk.buy(asks("0.50", "20", "0.51", "1000"), Usd.of("50"), Price.of("0.55")).orElseThrow();
        assertThat(walk.fillable()).isEqualTo(Size.of("98.43"));
        assertThat(walk.cost()).isEqualTo(Usd.of("49.9993"));
        assertThat(walk.worstPrice()).isEqualTo(Price.of("0.51"));
    }

    @Test void stopsAtTheLimitPrice() {
        BookWalk walk = BudgetWalk.buy(asks("0.50", "20", "0.60", "1000"), Usd.of("50"), Price.of("0.55")).orElseThrow();
        assertThat(walk.fillable()).isEqualTo(Size.of("20"));
        assertThat(walk.cost()).isEqualTo(Usd.of("10"));
    }

    @Test void emptyWhenNothingIsWithinTheLimit() {
        assertThat(BudgetWalk.buy(asks("0.60", "100"), Usd.of("50"), Price.of("0.55"))).isEmpty();
    }
}
