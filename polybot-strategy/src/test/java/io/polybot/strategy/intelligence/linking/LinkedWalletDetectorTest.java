package io.polybot.strategy.intelligence.linking;

import io.polybot.core.wallet.WalletTrade;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinkedWalletDetectorTest {
    final LinkedWalletDetector detector = new LinkedWalletDetector(new LinkingConfig(Duration.ofSeconds(5), 3, 3, 0.001, 10, 0.05));
    /** Synchronised trading alone never links (p ≤ 1e-300); a shared funder corroborated at p ≤ 0.05 does. */
    final LinkedWalletDetector fundingFirst = new LinkedWalletDetector(new LinkingConfig(Duration.ofSeconds(5), 3, 3, 1e-300, 10, 0.05));
    static final long WEEK = Duration.ofDays(7).toSeconds();

    /** Wallets a and b buy YES in {@code markets} markets 2 s apart; wallet 9 trades each market at the week's start and end. */
    static List<WalletTrade> inStep(int a, int b, int markets) {
        List<WalletTrade> trades = new ArrayList<>();
        for (int m = 1; m <= markets; m++) {
            long t = 86_400L * m;
            trades.add(buyYes(wallet(a), m, "0.5", "100", seconds(t)));
            trades.add(buyYes(wallet(b), m, "0.5", "100", seconds(t + 2)));
            trades.add(buyYes(wallet(9), m, "0.5", "1", seconds(0)));
            trades.add(buyYes(wallet(9), m, "0.5", "1", seconds(WEEK)));
        }
        return trades;
    }

    @Test void walletsTradingInStepAcrossMarketsAreLinked() {
        LinkedGroups groups = detector.detect(inStep(1, 2, 5), List.of());

        assertThat(groups.groupOf(wallet(2))).isEqualTo(wallet(1).value());
        assertThat(groups.groupOf(wallet(9))).isEqualTo(wallet(9).value());
        WalletLink link = groups.links().getFirst();
        assertThat(link.reason()).isEqualTo(WalletLink.Reason.SYNCHRONISED_TRADING);
        assertThat(link.synchronisedTrades()).isEqualTo(5);
        // per market 1·1·(2·5 s / 604,800 s); five markets
        assertThat(link.expectedByChance()).isCloseTo(5 * 10.0 / WEEK, within(1e-12));
        assertThat(link.pValue()).isLessThan(1e-20);
    }

    @Test void twoCoincidencesAreNotEnough() {
        assertThat(detector.detect(inStep(1, 2, 2), List.of()).linked(wallet(1))).isFalse();
    }

    @Test void busyWalletsInOneHotMarketAreNotLinkedForBeingBusy() {
        List<WalletTrade> trades = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            trades.add(buyYes(wallet(1), 1, "0.5", "10", seconds(2L * i)));
            trades.add(buyYes(wallet(2), 1, "0.5", "10", seconds(2L * i + 1)));
        }
        LinkedGroups groups = detector.detect(trades, List.of());
        assertThat(groups.linked(wallet(1))).isFalse();
        assertThat(groups.links()).isEmpty();
    }

    @Test void twoBotsOnTheSameClockInOneMarketAreNotLinked() {
        // Both trade market 1 every 10 minutes, 3 s apart, for two days: 288 coincidences, all in one market.
        List<WalletTrade> trades = new ArrayList<>();
        for (int i = 0; i < 288; i++) {
            trades.add(buyYes(wallet(1), 1, "0.5", "10", seconds(600L * i)));
            trades.add(buyYes(wallet(2), 1, "0.5", "10", seconds(600L * i + 3)));
        }
        trades.add(buyYes(wallet(9), 1, "0.5", "1", seconds(WEEK)));
        assertThat(detector.detect(trades, List.of()).links()).isEmpty();
    }

    @Test void aSharedFunderWithSomeSynchronisedTradingLinksButAHubDoesNot() {
        List<FundingEdge> funding = new ArrayList<>(List.of(new FundingEdge(wallet(100), wallet(3)), new FundingEdge(wallet(100), wallet(4))));
        for (int i = 0; i < 11; i++) funding.add(new FundingEdge(wallet(200), wallet(20 + i))); // an exchange
        List<WalletTrade> trades = new ArrayList<>(inStep(3, 4, 3));
        trades.addAll(inStep(20, 21, 3));
        LinkedGroups groups = fundingFirst.detect(trades, funding);

        assertThat(groups.groups()).containsOnlyKeys(wallet(3).value());
        assertThat(groups.groups().get(wallet(3).value())).containsExactly(wallet(3), wallet(4));
        assertThat(groups.links().getFirst().funder()).isEqualTo(wallet(100));
    }

    @Test void aSharedFunderAloneIsNotEnough() {
        LinkedGroups groups = fundingFirst.detect(List.of(), List.of(new FundingEdge(wallet(100), wallet(3)), new FundingEdge(wallet(100), wallet(4))));
        assertThat(groups.groups()).isEmpty();
    }

    @Test void linksJoinTransitively() {
        List<WalletTrade> trades = new ArrayList<>(inStep(5, 6, 5));
        for (int m = 1; m <= 3; m++) trades.add(buyYes(wallet(4), m, "0.5", "100", seconds(86_400L * m + 1))); // 4 trades with 6, funded alike
        LinkedGroups groups = detector.detect(trades, List.of(new FundingEdge(wallet(100), wallet(6)), new FundingEdge(wallet(100), wallet(4))));
        assertThat(groups.groups()).containsOnlyKeys(wallet(4).value());
        assertThat(groups.groups().get(wallet(4).value())).containsExactly(wallet(4), wallet(5), wallet(6));
    }

    @Test void poissonTailMatchesTheSeries() {
        // 1 − e^−0.5·(1 + 0.5 + 0.125)
        assertThat(LinkedWalletDetector.poissonTail(3, 0.5)).isCloseTo(0.014387677966970687, within(1e-15));
        assertThat(LinkedWalletDetector.poissonTail(0, 2.0)).isEqualTo(1.0);
    }
}
