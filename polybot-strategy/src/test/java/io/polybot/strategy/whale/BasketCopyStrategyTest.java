package io.polybot.strategy.whale;

import io.polybot.core.market.Market;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.consensus.Basket;
import io.polybot.strategy.intelligence.consensus.BasketBuilder;
import io.polybot.strategy.intelligence.consensus.BasketConsensus;
import io.polybot.strategy.intelligence.consensus.ConsensusConfig;
import io.polybot.strategy.intelligence.consensus.EntryGate;
import io.polybot.strategy.intelligence.consensus.EntryGateConfig;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.intelligence.scoring.WalletScore;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static io.polybot.strategy.intelligence.ScoreFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

class BasketCopyStrategyTest {
    final Basket basket = BasketBuilder.userDefined("core", Set.of(wallet(1), wallet(2), wallet(3), wallet(4)));
    final Market market = open(1, "e1", "politics");
    // every wallet: Wilson lower 0.62 against an average entry of 0.55, an edge of 0.07
    final Map<WalletAddress, WalletScore> scores = Map.of(wallet(1), score(wallet(1), 40, 12, "0.05", "0.1", false),
            wallet(2), score(wallet(2), 40, 12, "0.05", "0.1", false));
    final BasketCopyStrategy strategy = new BasketCopyStrategy(() -> List.of(basket),
            new BasketConsensus(ConsensusConfig.defaults(), LinkedGroups.NONE), new EntryGate(EntryGateConfig.defaults()),
            scores::get, id -> market, new SimulatedClock(T0));

    static java.time.Instant minute(int m) { return at(Duration.ofMinutes(m)); }

    @Test void theThirdAgreeingWalletCompletesTheConsensusAndCarriesProvenance() {
        assertThat(strategy.onTrade(buyYes(wallet(1), 1, "0.40", "100", minute(1)))).isEmpty();
        assertThat(strategy.onTrade(buyYes(wallet(2), 1, "0.40", "100", minute(2)))).isEmpty();
        WalletTrade third = buyYes(wallet(3), 1, "0.41", "100", minute(3));
        Signal signal = strategy.onTrade(third).orElseThrow();

        assertThat(signal.id()).isEqualTo(SignalId.of(BasketCopyStrategy.NAME, "core|" + third.id()));
        assertThat(signal.token()).isEqualTo(yes(1));
        assertThat(signal.triggerNotional()).isEqualTo(Usd.of("121")); // 40 + 40 + 41
        assertThat(signal.provenance())
                .containsEntry("mode", "basket")
                .containsEntry("consensus.agreeing", "3")
                .containsEntry("consensus.active", "3")
                .containsEntry("consensus.share", "1.0000")
                .containsEntry("whalesVwap", "0.403333")
                // q = 0.403333 + 0.07 = 0.473333; 0.473333/0.41 − 1 − 0.02·0.59
                .containsEntry("gate.winProbability", "0.473333")
                .containsEntry("gate.expectedValuePerDollar", "0.142671")
                .containsEntry("gate.slippage", "0.016530")
                .containsKeys("score." + wallet(1).value(), "score." + wallet(2).value(), "triggeringTrades");
        assertThat(signal.provenance().get("triggeringTrades").split(",")).hasSize(3);
        assertThat(signal.reason()).isEqualTo("basket core: 3 of 3 votes bought Yes (VWAP 0.403333), price 0.41, EV 0.142671/$ after fees");
    }

    @Test void firesOncePerBasketAndOutcomeWithinTheWindow() {
        strategy.onTrade(buyYes(wallet(1), 1, "0.40", "100", minute(1)));
        strategy.onTrade(buyYes(wallet(2), 1, "0.40", "100", minute(2)));
        assertThat(strategy.onTrade(buyYes(wallet(3), 1, "0.40", "100", minute(3)))).isPresent();
        assertThat(strategy.onTrade(buyYes(wallet(4), 1, "0.40", "100", minute(4)))).isEmpty();
    }

    @Test void noSignalWhenThePriceRanPastTheWhales() {
        strategy.onTrade(buyYes(wallet(1), 1, "0.40", "100", minute(1)));
        strategy.onTrade(buyYes(wallet(2), 1, "0.40", "100", minute(2)));
        // VWAP (40 + 40 + 0.45)/201 = 0.400249: 0.45 is 12% above it, past the 3% limit
        assertThat(strategy.onTrade(buyYes(wallet(3), 1, "0.45", "1", minute(3)))).isEmpty();
    }

    @Test void walletsOutsideTheBasketAreIgnored() {
        strategy.onTrade(buyYes(wallet(1), 1, "0.40", "100", minute(1)));
        strategy.onTrade(buyYes(wallet(2), 1, "0.40", "100", minute(2)));
        assertThat(strategy.onTrade(buyYes(wallet(9), 1, "0.40", "100000", minute(3)))).isEmpty();
    }
}
