package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.Side;
import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class WalletScorerTest {
    static final WalletAddress W = wallet(7);
    final Map<ConditionId, Market> markets = new HashMap<>();
    final List<WalletTrade> trades = new ArrayList<>();
    final WalletScorer scorer = new WalletScorer(ScoringConfig.defaults());

    /** Position i: buys 100 YES at 0.5 in market i, which resolves for or against it; market i is in event "e" + eventOf(i). */
    void position(int i, boolean wins, String event) {
        markets.put(market(i), resolved(i, event, wins ? yes(i) : no(i)));
        trades.add(buyYes(W, i, "0.5", "100", seconds(i)));
    }

    @Test void sevenWinsOfTenAtHalfScoreExactly() {
        for (int i = 1; i <= 10; i++) position(i, i <= 7, i == 10 ? "e9" : "e" + i); // markets 9 and 10: one event
        WalletScore s = scorer.score(W, trades, markets::get, PriceHistory.NONE, T0);

        assertThat(s.trades()).isEqualTo(10);
        assertThat(s.positions()).isEqualTo(10);
        assertThat(s.independentEvents()).isEqualTo(9);
        assertThat(s.lifetime().lower()).isEqualByComparingTo("0.396778");
        assertThat(s.averageEntryPrice()).isEqualByComparingTo("0.5");
        // (0.7 − 0.5)/(1 − 0.5)
        assertThat(s.kelly()).isEqualByComparingTo("0.4");
        // pnl 7·50 − 3·50 = 200; fees 0.02 · Σ 50·0.5 = 0.02 · 250 = 5; (200 − 5)/500
        assertThat(s.expectedValuePerDollar()).isEqualByComparingTo("0.39");
        assertThat(s.realisedPnl()).isEqualTo(Usd.of("200"));
        // returns +1 ×7, −1 ×3: mean 0.4, sample sd √(8.4/9) = 0.966092
        assertThat(s.sharpe()).isEqualByComparingTo("0.414039");
        // 0.396778 − 0.5 − 0.02·0.5·0.5: not an edge at 95% on ten positions
        assertThat(s.score()).isEqualByComparingTo("-0.108222");
        assertThat(s.decayed()).isFalse();
    }

    @Test void aRollingWinRateFarBelowTheLifetimeOneIsDecay() {
        var scorer = new WalletScorer(new ScoringConfig(4, new BigDecimal("0.10"), BigDecimal.ZERO, WinRate.Z95, false));
        for (int i = 1; i <= 10; i++) position(i, i <= 6 || i == 10, "e" + i); // 7/10 lifetime, last four: 1/4
        WalletScore s = scorer.score(W, trades, markets::get, PriceHistory.NONE, T0);

        assertThat(s.lifetime().rate()).isEqualByComparingTo("0.7");
        assertThat(s.rolling().wins()).isEqualTo(1);
        assertThat(s.rolling().rate()).isEqualByComparingTo("0.25");
        assertThat(s.decayed()).isTrue();
    }

    @Test void aRollingWinRateWithinTheMarginIsNotDecay() {
        var scorer = new WalletScorer(new ScoringConfig(4, new BigDecimal("0.10"), BigDecimal.ZERO, WinRate.Z95, false));
        for (int i = 1; i <= 10; i++) position(i, i != 1 && i != 2 && i != 10, "e" + i); // 7/10, last four 3/4
        assertThat(scorer.score(W, trades, markets::get, PriceHistory.NONE, T0).decayed()).isFalse();
    }

    @Test void closedRoundsCountOnlyWhenConfigured() {
        markets.put(market(1), open(1, "e1", "sports"));
        trades.add(buyYes(W, 1, "0.5", "10", seconds(1)));
        trades.add(sellYes(W, 1, "0.6", "10", seconds(2)));

        assertThat(scorer.score(W, trades, markets::get, PriceHistory.NONE, T0).positions()).isZero();
        var withClosed = new WalletScorer(new ScoringConfig(50, new BigDecimal("0.1"), BigDecimal.ZERO, WinRate.Z95, true));
        WalletScore s = withClosed.score(W, trades, markets::get, PriceHistory.NONE, T0);
        assertThat(s.positions()).isEqualTo(1);
        assertThat(s.lifetime().wins()).isEqualTo(1);
        assertThat(s.expectedValuePerDollar()).isEqualByComparingTo("0.2"); // 1/5
    }

    @Test void markoutsMeasureTheMoveInTheTradersFavour() {
        markets.put(market(1), open(1, "e1", "sports"));
        WalletAddress other = wallet(99);
        trades.add(buyYes(W, 1, "0.50", "10", T0));
        trades.add(trade(W, 1, true, Side.SELL, "0.70", "5", T0.plus(Duration.ofHours(3))));
        List<WalletTrade> prints = new ArrayList<>(trades);
        prints.add(buyYes(other, 1, "0.55", "1", T0.plus(Duration.ofMinutes(30))));
        prints.add(buyYes(other, 1, "0.60", "1", T0.plus(Duration.ofMinutes(90))));
        prints.add(buyYes(other, 1, "0.64", "1", T0.plus(Duration.ofHours(20))));

        WalletScore s = scorer.score(W, trades, markets::get, TradePrints.of(prints), T0);
        // 1 h: buy 0.50 → 0.55 (+0.05); sell at 0.70 has no print within 1 h
        assertThat(s.markout1h().average()).isEqualByComparingTo("0.05");
        assertThat(s.markout1h().sample()).isEqualTo(1);
        // 24 h: buy 0.50 → 0.64 (+0.14); sell 0.70 → 0.64 (+0.06); mean 0.10
        assertThat(s.markout24h().average()).isEqualByComparingTo("0.1");
        assertThat(s.markout24h().sample()).isEqualTo(2);
    }

    @Test void aWalletWithNoFinishedPositionsScoresZero() {
        markets.put(market(1), open(1, "e1", "sports"));
        trades.add(buyYes(W, 1, "0.5", "10", seconds(1)));
        WalletScore s = scorer.score(W, trades, markets::get, PriceHistory.NONE, T0);
        assertThat(s.positions()).isZero();
        assertThat(s.lifetime()).isEqualTo(WinRate.EMPTY);
        assertThat(s.score()).isEqualByComparingTo("0");
    }
}
