package io.polybot.strategy.intelligence.positions;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.strategy.intelligence.positions.WalletPosition.Status;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class PositionReconstructorTest {
    static final WalletAddress W = wallet(1);

    static Function<ConditionId, Market> markets(Market... markets) {
        Map<ConditionId, Market> byId = new java.util.HashMap<>();
        for (Market m : markets) byId.put(m.conditionId(), m);
        return byId::get;
    }

    @Test void heldToResolutionOnTheWinningSidePaysOnePerShare() {
        var result = PositionReconstructor.reconstruct(List.of(
                buyYes(W, 1, "0.60", "100", seconds(20)), buyYes(W, 1, "0.40", "100", seconds(10))), markets(resolved(1, "e1", yes(1))));

        WalletPosition p = result.positions().getFirst();
        assertThat(result.positions()).hasSize(1);
        assertThat(p.status()).isEqualTo(Status.RESOLVED);
        assertThat(p.openedAt()).isEqualTo(seconds(10));
        assertThat(p.cost()).isEqualTo(Usd.of("100"));
        assertThat(p.averageEntryPrice()).isEqualByComparingTo("0.5");
        assertThat(p.payout()).isEqualTo(Usd.of("200"));
        assertThat(p.pnl()).isEqualTo(Usd.of("100"));
        assertThat(p.returnOnCost()).isEqualByComparingTo("1");
        assertThat(p.won()).isTrue();
        // 40·(1 − 0.4) + 60·(1 − 0.6) = 24 + 24
        assertThat(p.feeBase()).isEqualTo(new BigDecimal("48"));
        assertThat(p.takerFees(new BigDecimal("0.02"))).isEqualTo(Usd.of("0.96"));
        assertThat(p.eventKey()).isEqualTo("e1");
    }

    @Test void sellingBackToFlatClosesTheRoundWithItsProceeds() {
        var result = PositionReconstructor.reconstruct(List.of(
                buyYes(W, 1, "0.5", "100", seconds(1)), sellYes(W, 1, "0.7", "40", seconds(2)), sellYes(W, 1, "0.4", "60", seconds(3))),
                markets(open(1, "e1", "sports")));

        WalletPosition p = result.positions().getFirst();
        assertThat(p.status()).isEqualTo(Status.CLOSED);
        assertThat(p.proceeds()).isEqualTo(Usd.of("52")); // 28 + 24
        assertThat(p.pnl()).isEqualTo(Usd.of("2"));
        assertThat(p.returnOnCost()).isEqualByComparingTo("0.04");
        assertThat(p.endedAt()).isEqualTo(seconds(3));
        assertThat(p.trades()).isEqualTo(3);
    }

    @Test void aBuyAfterClosingOpensANewRound() {
        var result = PositionReconstructor.reconstruct(List.of(
                buyYes(W, 1, "0.5", "10", seconds(1)), sellYes(W, 1, "0.6", "10", seconds(2)), buyYes(W, 1, "0.3", "10", seconds(3))),
                markets(open(1, "e1", "sports")));

        assertThat(result.positions()).extracting(WalletPosition::status).containsExactly(Status.CLOSED, Status.OPEN);
        assertThat(result.positions().get(1).cost()).isEqualTo(Usd.of("3"));
    }

    @Test void partlySoldThenResolvedAgainstIsALoss() {
        var result = PositionReconstructor.reconstruct(List.of(
                buyYes(W, 1, "0.5", "100", seconds(1)), sellYes(W, 1, "0.6", "50", seconds(2))), markets(resolved(1, "e1", no(1))));

        WalletPosition p = result.positions().getFirst();
        assertThat(p.status()).isEqualTo(Status.RESOLVED);
        assertThat(p.heldAtEnd()).isEqualTo(Size.of("50"));
        assertThat(p.payout()).isEqualTo(Usd.ZERO);
        assertThat(p.pnl()).isEqualTo(Usd.of("-20")); // 30 − 50
        assertThat(p.won()).isFalse();
    }

    @Test void sellsOfSharesNeverSeenBoughtAreDroppedAndCounted() {
        var result = PositionReconstructor.reconstruct(List.of(
                sellYes(W, 1, "0.5", "10", seconds(1)), buyYes(W, 1, "0.5", "4", seconds(2)), sellYes(W, 1, "0.6", "6", seconds(3))),
                markets(open(1, "e1", "sports")));

        assertThat(result.unmatchedSellShares()).isEqualByComparingTo("12");
        assertThat(result.positions()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Status.CLOSED);
            assertThat(p.proceeds()).isEqualTo(Usd.of("2.4"));
        });
    }

    @Test void anUnknownMarketLeavesThePositionOpen() {
        var result = PositionReconstructor.reconstruct(List.of(buyYes(W, 9, "0.5", "10", seconds(1))), id -> null);

        assertThat(result.positions()).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(Status.OPEN);
            assertThat(p.finished()).isFalse();
            assertThat(p.eventKey()).isEqualTo(market(9).value());
        });
    }
}
