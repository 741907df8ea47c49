package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.positions.PositionReconstructor;
import io.polybot.strategy.intelligence.positions.WalletPosition;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class ClosingLineValueTest {
    final Map<ConditionId, Market> markets = new HashMap<>();

    List<WalletPosition> positions(List<WalletTrade> trades) { return PositionReconstructor.reconstruct(trades, markets::get).positions(); }

    @Test void averagesTheLastPriceAfterEachPositionMinusItsEntry() {
        List<WalletTrade> own = new ArrayList<>(), prints = new ArrayList<>();
        String[] closes = {"0.45", "0.43", "0.38"};   // +5¢, +3¢, −2¢ against entries of 0.40
        for (int i = 1; i <= 3; i++) {
            markets.put(market(i), open(i, "e" + i, "politics"));
            own.add(buyYes(wallet(1), i, "0.40", "100", seconds(60L * i)));
            prints.add(buyYes(wallet(2), i, "0.41", "5", seconds(60L * i + 30)));
            prints.add(buyYes(wallet(2), i, closes[i - 1], "5", seconds(3600L * i)));
        }
        prints.addAll(own);
        ClosingLineValue clv = ClosingLineValue.of(positions(own), TradePrints.of(prints), seconds(100_000));

        assertThat(clv.sample()).isEqualTo(3);
        assertThat(clv.average()).isEqualByComparingTo("0.02");
        // sd of (0.05, 0.03, −0.02) is 0.036056; its standard error 0.020817; t = 0.02 / 0.020817
        assertThat(clv.tStatistic()).isEqualByComparingTo("0.960769");
    }

    @Test void onlyPricesKnownAtTheScoringTimeCount() {
        markets.put(market(1), open(1, "e1", "politics"));
        List<WalletTrade> own = List.of(buyYes(wallet(1), 1, "0.40", "100", seconds(60)));
        List<WalletTrade> prints = new ArrayList<>(own);
        prints.add(buyYes(wallet(2), 1, "0.44", "5", seconds(120)));
        prints.add(buyYes(wallet(2), 1, "0.90", "5", at(Duration.ofDays(2))));

        ClosingLineValue clv = ClosingLineValue.of(positions(own), TradePrints.of(prints), at(Duration.ofDays(1)));
        assertThat(clv.average()).isEqualByComparingTo("0.04");
        assertThat(clv.sample()).isEqualTo(1);
        assertThat(clv.tStatistic()).isEqualByComparingTo("0");
    }

    @Test void noLaterPrintNoSample() {
        markets.put(market(1), open(1, "e1", "politics"));
        List<WalletTrade> own = List.of(buyYes(wallet(1), 1, "0.40", "100", seconds(60)));
        assertThat(ClosingLineValue.of(positions(own), TradePrints.of(own), seconds(600))).isEqualTo(ClosingLineValue.NONE);
    }
}
