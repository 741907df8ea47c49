package io.polybot.strategy.intelligence.whitelist;

import io.polybot.store.repo.Whale;
import io.polybot.strategy.intelligence.classification.Classification;
import io.polybot.strategy.intelligence.classification.Evidence;
import io.polybot.strategy.intelligence.classification.WalletClass;
import org.junit.jupiter.api.Test;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static io.polybot.strategy.intelligence.ScoreFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

class WhitelistPolicyTest {
    final WhitelistPolicy policy = new WhitelistPolicy(WhitelistConfig.defaults());
    static final Whale LISTED = new Whale(wallet(1), null, true, false, false, "seed", T0);
    static final Whale PINNED = new Whale(wallet(1), null, false, true, false, "ops", T0);
    static final Whale BANNED = new Whale(wallet(1), null, true, true, true, "ops", T0);

    @Test void aQualifiedNewWalletJoinsWithItsFigures() {
        WhitelistDecision d = policy.decide(null, score(wallet(1), 40, 12, "0.02", "0.1", false), null);
        assertThat(d.changed()).isTrue();
        assertThat(d.after()).isTrue();
        assertThat(d.reason()).isEqualTo("qualified: score 0.02, win rate 0.7 [0.62, 0.77] over 40 positions / 12 events, EV 0.1/$");
    }

    @Test void tooSmallASampleChangesNothing() {
        assertThat(policy.decide(null, score(wallet(1), 29, 20, "0.2", "0.5", false), null).after()).isFalse();
        WhitelistDecision d = policy.decide(LISTED, score(wallet(1), 40, 9, "-0.2", "-0.5", true), null);
        assertThat(d.changed()).isFalse();
        assertThat(d.reason()).isEqualTo("sample too small: 40 positions over 9 events, need 30 over 10");
    }

    @Test void aDecayedWalletLeaves() {
        WhitelistDecision d = policy.decide(LISTED, score(wallet(1), 40, 12, "0.02", "0.1", true), null);
        assertThat(d.after()).isFalse();
        assertThat(d.reason()).isEqualTo("decayed: rolling win rate 0.2 vs lifetime 0.7");
    }

    @Test void hysteresisKeepsAListedWalletBetweenTheLeaveAndJoinScores() {
        assertThat(policy.decide(LISTED, score(wallet(1), 40, 12, "0.005", "0.1", false), null).after()).isTrue();
        assertThat(policy.decide(null, score(wallet(1), 40, 12, "0.005", "0.1", false), null).after()).isFalse();
        assertThat(policy.decide(LISTED, score(wallet(1), 40, 12, "-0.001", "0.1", false), null).after()).isFalse();
    }

    @Test void feesEatingTheEdgeMeansLeaving() {
        WhitelistDecision d = policy.decide(LISTED, score(wallet(1), 40, 12, "0.02", "-0.01", false), null);
        assertThat(d.after()).isFalse();
        assertThat(d.reason()).isEqualTo("expected value after fees -0.01 per dollar");
    }

    @Test void marketMakersAndBotsAreNotFollowed() {
        var evidence = new Evidence(100, 3, null, null, null, null, null, null, 0, null, 0, null, null, 0);
        WhitelistDecision d = policy.decide(LISTED, score(wallet(1), 40, 12, "0.05", "0.1", false),
                new Classification(WalletClass.MARKET_MAKER, evidence, "maker share 0.9"));
        assertThat(d.after()).isFalse();
        assertThat(d.reason()).isEqualTo("classified MARKET_MAKER: maker share 0.9");
    }

    @Test void pinAndBanOverruleScores() {
        assertThat(policy.decide(PINNED, score(wallet(1), 40, 12, "-0.5", "-0.5", true), null).after()).isTrue();
        WhitelistDecision banned = policy.decide(BANNED, score(wallet(1), 40, 12, "0.5", "0.5", false), null);
        assertThat(banned.after()).isFalse();
        assertThat(banned.reason()).isEqualTo("banned by an operator");
    }
}
