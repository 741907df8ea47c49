package io.polybot.strategy.intelligence.consensus;

import io.polybot.core.market.Side;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

class BasketConsensusTest {
    static final Instant NOW = at(Duration.ofHours(30)); // window (6 h, 30 h]
    final Basket basket = BasketBuilder.userDefined("politics-core", Set.of(wallet(1), wallet(2), wallet(3), wallet(4), wallet(5), wallet(6)));
    final LinkedGroups twoAndThreeLinked = LinkedGroups.of(List.of(List.of(wallet(2), wallet(3))));
    final BasketConsensus consensus = new BasketConsensus(ConsensusConfig.defaults(), twoAndThreeLinked);

    static Instant hour(int h) { return at(Duration.ofHours(h)); }

    /** Wallets 1–4 buy YES (2 and 3 linked), wallet 6 only before the window, wallet 7 is outside the basket. */
    List<WalletTrade> yesBuyers() {
        List<WalletTrade> trades = new ArrayList<>();
        trades.add(buyYes(wallet(1), 1, "0.40", "1000", hour(10)));
        trades.add(buyYes(wallet(2), 1, "0.44", "500", hour(11)));
        trades.add(buyYes(wallet(3), 1, "0.40", "500", hour(12)));
        trades.add(buyYes(wallet(4), 1, "0.42", "1000", hour(13)));
        trades.add(trade(wallet(6), 1, false, Side.BUY, "0.6", "1000", hour(5)));
        trades.add(trade(wallet(7), 1, false, Side.BUY, "0.6", "90000", hour(14)));
        return trades;
    }

    @Test void linkedWalletsVoteOnceAndAllAgreeing() {
        Consensus c = consensus.evaluate(basket, market(1), yes(1), yesBuyers(), NOW);

        assertThat(c.active()).isEqualTo(3);
        assertThat(c.agreeing()).isEqualTo(3);
        assertThat(c.share()).isEqualByComparingTo("1");
        assertThat(c.reached()).isTrue();
        assertThat(c.agreeingVotes()).containsExactly(wallet(1).value(), wallet(2).value(), wallet(4).value());
        assertThat(c.triggeringTrades()).hasSize(4);
        // (400 + 220 + 200 + 420) / 3000
        assertThat(c.whalesVwap()).isEqualByComparingTo("0.413333");
        assertThat(c.windowStart()).isEqualTo(hour(6));
    }

    @Test void aBuyerOfTheOtherOutcomeIsActiveAndDisagrees() {
        List<WalletTrade> trades = yesBuyers();
        trades.add(trade(wallet(5), 1, false, Side.BUY, "0.55", "300", hour(14)));
        Consensus c = consensus.evaluate(basket, market(1), yes(1), trades, NOW);

        assertThat(c.agreeing()).isEqualTo(3);
        assertThat(c.active()).isEqualTo(4);
        assertThat(c.share()).isEqualByComparingTo("0.75");
        assertThat(c.reached()).isFalse();
    }

    @Test void exactlyEightyPercentIsNotAbove() {
        List<WalletTrade> trades = yesBuyers();
        trades.add(trade(wallet(5), 1, false, Side.BUY, "0.55", "300", hour(14)));
        Consensus c = new BasketConsensus(ConsensusConfig.defaults(), LinkedGroups.NONE).evaluate(basket, market(1), yes(1), trades, NOW);

        assertThat(c.agreeing()).isEqualTo(4);
        assertThat(c.active()).isEqualTo(5);
        assertThat(c.share()).isEqualByComparingTo("0.8");
        assertThat(c.reached()).isFalse();
    }

    @Test void netFlowDecidesTheVote() {
        List<WalletTrade> trades = yesBuyers();
        // wallet 1 also buys $500 of NO: net −100 toward YES
        trades.add(trade(wallet(1), 1, false, Side.BUY, "0.5", "1000", hour(15)));
        // wallet 4 sells YES worth $210: still net +210
        trades.add(trade(wallet(4), 1, true, Side.SELL, "0.42", "500", hour(16)));
        Consensus c = consensus.evaluate(basket, market(1), yes(1), trades, NOW);

        assertThat(c.agreeingVotes()).containsExactly(wallet(2).value(), wallet(4).value());
        assertThat(c.share()).isEqualByComparingTo("0.6667");
        // VWAP over the agreeing votes' YES buys only: (220 + 200 + 420) / 2000
        assertThat(c.whalesVwap()).isEqualByComparingTo("0.42");
    }

    @Test void tooFewAgreeingVotesIsNoConsensus() {
        List<WalletTrade> trades = List.of(buyYes(wallet(1), 1, "0.4", "10", hour(10)), buyYes(wallet(4), 1, "0.4", "10", hour(11)));
        Consensus c = consensus.evaluate(basket, market(1), yes(1), trades, NOW);

        assertThat(c.share()).isEqualByComparingTo("1");
        assertThat(c.reached()).isFalse(); // 2 < 3
    }

    @Test void theWindowForgetsOldTrades() {
        MarketTradeWindow window = new MarketTradeWindow(Duration.ofHours(24), trade -> basket.contains(trade.wallet()));
        yesBuyers().forEach(window::add);

        assertThat(window.trades(market(1), NOW)).hasSize(4); // wallet 6's is too old, wallet 7 not watched
        assertThat(window.trades(market(1), hour(35))).hasSize(2);
        assertThat(window.trades(market(2), NOW)).isEmpty();
    }
}
