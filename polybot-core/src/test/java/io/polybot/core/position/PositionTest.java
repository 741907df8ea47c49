package io.polybot.core.position;

import io.polybot.core.Fixtures;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class PositionTest {
    private final Position flat = Position.flat(Fixtures.MARKET, Fixtures.YES, "Yes", Fixtures.T0);

    @Test void flatPositionHasNothing() {
        assertThat(flat.size()).isEqualTo(Size.ZERO);
        assertThat(flat.averageEntry()).isEqualTo(BigDecimal.ZERO);
        assertThat(flat.unrealizedPnl(new BigDecimal("0.7"))).isEqualTo(Usd.ZERO);
    }

    @Test void buyAddsSharesAndCost() {
        Position position = flat.apply(buy("100", "0.40"));

        assertThat(position.size()).isEqualTo(Size.of("100"));
        assertThat(position.costBasis()).isEqualTo(Usd.of("40"));
        assertThat(position.averageEntry()).isEqualByComparingTo("0.4");
        assertThat(position.realizedPnl()).isEqualTo(Usd.ZERO);
        assertThat(position.updatedAt()).isEqualTo(Fixtures.T0.plusSeconds(4));
    }

    @Test void buyingMoreAveragesTheEntry() {
        Position position = flat.apply(buy("100", "0.40")).apply(buy("50", "0.55"));

        assertThat(position.size()).isEqualTo(Size.of("150"));
        assertThat(position.costBasis()).isEqualTo(Usd.of("67.5"));
        assertThat(position.averageEntry()).isEqualByComparingTo("0.45");
    }

    @Test void partialSellRealisesPnlAtTheAverageEntry() {
        Position position = flat.apply(buy("100", "0.40")).apply(buy("50", "0.55")).apply(sell("60", "0.60"));

        // 60 shares leave at 0.45 (27.00) and sell for 36.00.
        assertThat(position.size()).isEqualTo(Size.of("90"));
        assertThat(position.costBasis()).isEqualTo(Usd.of("40.5"));
        assertThat(position.realizedPnl()).isEqualTo(Usd.of("9"));
        assertThat(position.averageEntry()).isEqualByComparingTo("0.45");
    }

    @Test void averageEntryIsRoundedToTwelveSignificantDigits() {
        Position position = flat.apply(buy("1", "0.1")).apply(buy("2", "0.2")).apply(sell("1", "0.3"));

        // Average 0.5 / 3 = 0.166666666667; selling one share at 0.3 realises 0.133333333333.
        assertThat(position.realizedPnl()).isEqualTo(Usd.of("0.133333333333"));
        assertThat(position.costBasis()).isEqualTo(Usd.of("0.333333333333"));
        assertThat(position.size()).isEqualTo(Size.of("2"));
    }

    @Test void closingThePositionRealisesExactlyProceedsMinusCost() {
        Position position = flat.apply(buy("1", "0.1")).apply(buy("2", "0.2")).apply(sell("1", "0.3")).apply(sell("2", "0.3"));

        // Bought for 0.5, sold for 0.9: no rounding of the average entry may leak into the total.
        assertThat(position.size()).isEqualTo(Size.ZERO);
        assertThat(position.costBasis()).isEqualTo(Usd.ZERO);
        assertThat(position.realizedPnl()).isEqualTo(Usd.of("0.4"));
    }

    @Test void feesReduceRealisedPnlAndAccumulate() {
        Position position = flat.apply(Fixtures.fill().buy("100", "0.40").fee("0.10").build())
                .apply(Fixtures.fill().sell("100", "0.50").fee("0.05").build());

        assertThat(position.fees()).isEqualTo(Usd.of("0.15"));
        assertThat(position.realizedPnl()).isEqualTo(Usd.of("9.85"));
        assertThat(position.costBasis()).isEqualTo(Usd.ZERO);
    }

    @Test void buyFeeIsNotPartOfTheCostBasis() {
        Position position = flat.apply(Fixtures.fill().buy("100", "0.40").fee("0.10").build());

        assertThat(position.costBasis()).isEqualTo(Usd.of("40"));
        assertThat(position.realizedPnl()).isEqualTo(Usd.of("-0.1"));
    }

    @Test void sellingMoreThanHeldThrows() {
        Position position = flat.apply(buy("10", "0.40"));

        assertThatThrownBy(() -> position.apply(sell("10.01", "0.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sell of 10.01 exceeds position of 10 in " + Fixtures.YES);
    }

    @Test void fillOfAnotherTokenThrows() {
        assertThatThrownBy(() -> flat.apply(Fixtures.fill().token(Fixtures.NO).build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("fill for " + Fixtures.NO);
    }

    @Test void marksToMarket() {
        Position position = flat.apply(buy("100", "0.40"));

        assertThat(position.marketValue(new BigDecimal("0.55"))).isEqualTo(Usd.of("55"));
        assertThat(position.unrealizedPnl(new BigDecimal("0.55"))).isEqualTo(Usd.of("15"));
        assertThat(position.unrealizedPnl(new BigDecimal("0.3"))).isEqualTo(Usd.of("-10"));
    }

    private static Fill buy(String shares, String price) { return Fixtures.fill().buy(shares, price).build(); }

    private static Fill sell(String shares, String price) { return Fixtures.fill().sell(shares, price).build(); }
}
