package io.polybot.strategy.intelligence.classification;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.Side;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.positions.PositionReconstructor;
import io.polybot.strategy.intelligence.scoring.ClosingLineValue;
import io.polybot.strategy.intelligence.scoring.Markout;
import io.polybot.strategy.intelligence.scoring.PriceHistory;
import io.polybot.strategy.intelligence.scoring.TradePrints;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WalletClassifierTest {
    static final WalletAddress W = wallet(1);
    final WalletClassifier classifier = new WalletClassifier(ClassifierThresholds.defaults());
    final Map<ConditionId, Market> markets = new HashMap<>();

    Classification classify(List<WalletTrade> trades, Set<String> makerIds, PriceHistory prices) {
        var positions = PositionReconstructor.reconstruct(trades, markets::get).positions();
        Instant now = trades.stream().map(WalletTrade::eventTime).max(Instant::compareTo).orElseThrow().plus(Duration.ofDays(1));
        return classifier.classify(EvidenceExtractor.extract(trades, makerIds, positions, Markout.of(trades, prices, Duration.ofHours(1)),
                ClosingLineValue.of(positions, prices, now)));
    }

    /** Quotes 0.49/0.51 in one market, alternating, at uneven times. */
    List<WalletTrade> marketMaker() {
        markets.put(market(1), open(1, "e1", "sports"));
        List<WalletTrade> trades = new ArrayList<>();
        for (int i = 0; i < 40; i++)
            trades.add(trade(W, 1, true, i % 2 == 0 ? Side.BUY : Side.SELL, i % 2 == 0 ? "0.49" : "0.51", "100", seconds(i * i * 7L)));
        return trades;
    }

    @Test void aMakerQuotingBothSidesIsAMarketMaker() {
        List<WalletTrade> trades = marketMaker();
        Classification c = classify(trades, trades.stream().map(WalletTrade::id).collect(Collectors.toSet()), PriceHistory.NONE);

        assertThat(c.label()).isEqualTo(WalletClass.MARKET_MAKER);
        // 2000 shares bought, 2000 sold in one market: as much each way
        assertThat(c.evidence().twoSidedness()).isEqualByComparingTo("1");
        assertThat(c.evidence().makerShare()).isEqualByComparingTo("1");
        assertThat(c.evidence().markets()).isEqualTo(1);
    }

    @Test void withoutMakerFlagsTwoWayFlowAloneMakesAMarketMaker() {
        assertThat(classify(marketMaker(), null, PriceHistory.NONE).label()).isEqualTo(WalletClass.MARKET_MAKER);
    }

    @Test void clockworkEqualTradesAreABot() {
        List<WalletTrade> trades = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            markets.put(market(i), open(i, "e" + i, "crypto"));
            trades.add(buyYes(W, i, "0.5", "10", seconds(60L * i)));
        }
        Classification c = classify(trades, Set.of(), PriceHistory.NONE);

        assertThat(c.label()).isEqualTo(WalletClass.BOT);
        assertThat(c.evidence().intervalCv()).isEqualByComparingTo("0");
        assertThat(c.evidence().sizeCv()).isEqualByComparingTo("0");
        assertThat(c.evidence().makerShare()).isEqualByComparingTo("0");
        assertThat(c.evidence().markets()).isEqualTo(30);
    }

    /**
     * Buys YES at 0.40 in 20 markets at uneven times and sizes; all resolve, 15 of them YES; 30 minutes later the
     * price is {@code priceAfter} plus 0, 1 or 2¢ (the last print before each market closed).
     */
    List<WalletTrade> informed(String priceAfter, List<WalletTrade> prints) {
        List<WalletTrade> trades = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            markets.put(market(i), resolved(i, "e" + i, i % 4 == 0 ? no(i) : yes(i)));
            WalletTrade buy = buyYes(W, i, "0.40", Integer.toString(1000 + 700 * i), seconds(3600L * i * i));
            trades.add(buy);
            String after = new java.math.BigDecimal(priceAfter).add(java.math.BigDecimal.valueOf(i % 3, 2)).toPlainString();
            prints.add(buyYes(wallet(2), i, after, "5", buy.eventTime().plus(Duration.ofMinutes(30))));
        }
        prints.addAll(trades);
        return trades;
    }

    @Test void aOneWayHolderThePriceFollowsIsInformed() {
        List<WalletTrade> prints = new ArrayList<>();
        List<WalletTrade> trades = informed("0.45", prints);
        Classification c = classify(trades, Set.of(), TradePrints.of(prints));

        assertThat(c.label()).isEqualTo(WalletClass.INFORMED);
        assertThat(c.evidence().twoSidedness()).isEqualByComparingTo("0");
        assertThat(c.evidence().heldToResolution()).isEqualByComparingTo("1");
        // 6 markets 5¢ up, 7 markets 6¢, 7 markets 7¢: 0.0605 on average, far beyond chance
        assertThat(c.evidence().markout1h()).isEqualByComparingTo("0.0605");
        assertThat(c.evidence().markoutSample()).isEqualTo(20);
        assertThat(c.evidence().closingLineValue()).isEqualByComparingTo("0.0605");
        assertThat(c.evidence().closingLineSample()).isEqualTo(20);
        assertThat(c.evidence().closingLineT()).isGreaterThan(new java.math.BigDecimal("30"));
        assertThat(c.evidence().asMap()).containsEntry("markout1h", "0.060500").containsEntry("closingLineValue", "0.060500")
                .containsEntry("trades", "20");
        assertThat(c.reason()).startsWith("one-way (0.000000), holds 1.000000 to resolution, closing line value 0.060500 (t ");
    }

    @Test void aOneWayHolderWithLuckyResultsButNoClosingLineValueIsUnknown() {
        // 15 of 20 bets at 0.40 won (a realised edge of 35 points), but the market never moved its way:
        // as often 5¢ down as up afterwards. Buy-and-hold on a coin, not knowledge.
        List<WalletTrade> trades = new ArrayList<>(), prints = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            markets.put(market(i), resolved(i, "e" + i, i % 4 == 0 ? no(i) : yes(i)));
            WalletTrade buy = buyYes(W, i, "0.40", Integer.toString(1000 + 700 * i), seconds(3600L * i * i));
            trades.add(buy);
            prints.add(buyYes(wallet(2), i, i % 2 == 0 ? "0.45" : "0.35", "5", buy.eventTime().plus(Duration.ofMinutes(30))));
        }
        prints.addAll(trades);
        Classification c = classify(trades, Set.of(), TradePrints.of(prints));

        assertThat(c.evidence().realisedEdge()).isEqualByComparingTo("0.35");
        assertThat(c.evidence().closingLineValue()).isEqualByComparingTo("0");
        assertThat(c.label()).isEqualTo(WalletClass.UNKNOWN);
    }

    @Test void aOneWayHolderThePriceRunsAgainstIsUnknown() {
        List<WalletTrade> prints = new ArrayList<>();
        Classification c = classify(informed("0.30", prints), Set.of(), TradePrints.of(prints));
        assertThat(c.label()).isEqualTo(WalletClass.UNKNOWN);
        assertThat(c.reason()).isEqualTo("no pattern matched");
    }

    @Test void aWhaleWithFewLargeBetsTheMarketFollowedIsInformed() {
        // 6 buys, far fewer than the 20 trades a clock or quoting pattern needs; the closing line moved 4-8¢ its way each time.
        List<WalletTrade> trades = new ArrayList<>(), prints = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            markets.put(market(i), resolved(i, "e" + i, yes(i)));
            WalletTrade buy = buyYes(W, i, "0.50", "20000", seconds(86_400L * i));
            trades.add(buy);
            prints.add(buyYes(wallet(2), i, "0.5" + (3 + i), "5", buy.eventTime().plus(Duration.ofHours(20))));
        }
        prints.addAll(trades);
        Classification c = classify(trades, Set.of(), TradePrints.of(prints));

        assertThat(c.label()).isEqualTo(WalletClass.INFORMED);
        assertThat(c.evidence().trades()).isEqualTo(6);
        assertThat(c.evidence().closingLineValue()).isEqualByComparingTo("0.065");
        assertThat(c.evidence().closingLineSample()).isEqualTo(6);
    }

    /** One-way, held, a 4¢ closing line over {@code positions} positions at the given t. */
    static Evidence oneWayHolder(int positions, String t) {
        return new Evidence(16, positions, new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("1"), new BigDecimal("0.6"),
                new BigDecimal("1"), null, 0, null, 0, new BigDecimal("0.04"), new BigDecimal(t), positions);
    }

    @Test void theClosingLineBarIsStudentsTForTheSample() {
        ClassifierThresholds limits = ClassifierThresholds.defaults();
        // one-sided 90% quantiles: 1.638 with 3 degrees of freedom, 1.383 with 9, 1.304 with 39; 1.282 for a normal
        assertThat(limits.informedClosingLineT(4).doubleValue()).isCloseTo(1.638, within(0.002));
        assertThat(limits.informedClosingLineT(10).doubleValue()).isCloseTo(1.383, within(0.002));
        assertThat(limits.informedClosingLineT(40).doubleValue()).isCloseTo(1.304, within(0.002));
        assertThat(limits.informedClosingLineT(1)).isNull();
    }

    @Test void fourPositionsAreEnoughOnlyWhenTheyAgreeBeyondTheSmallSampleBar() {
        assertThat(classifier.classify(oneWayHolder(4, "1.83")).label()).isEqualTo(WalletClass.INFORMED);
        // beyond the normal 1.282, not beyond Student's 1.638 for 3 degrees of freedom
        assertThat(classifier.classify(oneWayHolder(4, "1.50")).label()).isEqualTo(WalletClass.UNKNOWN);
        assertThat(classifier.classify(oneWayHolder(10, "1.50")).label()).isEqualTo(WalletClass.INFORMED);
        assertThat(classifier.classify(oneWayHolder(3, "9")).label()).isEqualTo(WalletClass.UNKNOWN);
    }

    @Test void tooFewTradesIsUnknown() {
        markets.put(market(1), open(1, "e1", "sports"));
        Classification c = classify(List.of(buyYes(W, 1, "0.5", "10", T0)), null, PriceHistory.NONE);
        assertThat(c.label()).isEqualTo(WalletClass.UNKNOWN);
        assertThat(c.reason()).isEqualTo("1 trades, fewer than 20");
    }

    @Test void coefficientOfVariationIsPopulationSdOverMean() {
        // gaps 60, 60, 120: mean 80, sd √800 = 28.284271
        assertThat(EvidenceExtractor.coefficientOfVariation(new double[] {60, 60, 120})).isEqualByComparingTo("0.353553");
    }
}
