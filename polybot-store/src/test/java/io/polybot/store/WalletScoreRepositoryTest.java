package io.polybot.store;

import io.polybot.core.money.Usd;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.store.repo.Whale;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.store.repo.WalletScoreRepository;
import io.polybot.store.repo.WhitelistChange;
import io.polybot.store.repo.WhitelistChangeRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.polybot.store.StoreFixtures.T0;
import static io.polybot.store.StoreFixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;

/** Score history and whitelist changes (migration V2) on embedded PostgreSQL. */
final class WalletScoreRepositoryTest {
    @TempDir static Path dataDir;
    private static Store store;
    private static WalletScoreRepository scores;
    private static WhitelistChangeRepository changes;

    @BeforeAll static void open() {
        store = Store.open(StoreConfig.embedded(dataDir.resolve("postgres")), new SimulatedClock(T0));
        scores = new WalletScoreRepository(store.jdbi());
        changes = new WhitelistChangeRepository(store.jdbi());
    }

    @AfterAll static void close() { if (store != null) store.close(); }

    @BeforeEach void empty() {
        store.jdbi().useTransaction(h -> {
            h.execute("DELETE FROM wallet_scores");
            h.execute("DELETE FROM whale_whitelist_changes");
            h.execute("DELETE FROM whales");
        });
    }

    static WalletScoreRecord score(WalletAddress wallet, Instant at, String winRate) {
        return new WalletScoreRecord(wallet, at, 120, 40, 31, 28, new BigDecimal(winRate), new BigDecimal("0.546785"),
                new BigDecimal("0.818962"), 40, 28, new BigDecimal("0.7"), new BigDecimal("0.546785"), new BigDecimal("0.818962"),
                new BigDecimal("0.512345"), new BigDecimal("0.414039"), new BigDecimal("0.384"), new BigDecimal("0.39"),
                Usd.of("1234.567891"), new BigDecimal("0.031"), 90, new BigDecimal("-0.004"), 85, false, new BigDecimal("0.021"),
                null, "INFORMED", Map.of("twoSidedness", "0.05", "markout1h", "0.031"));
    }

    @Test void scoresAreKeptAsHistoryNewestFirst() {
        WalletAddress w = wallet(1);
        assertThat(scores.record(score(w, T0, "0.6"))).isTrue();
        assertThat(scores.record(score(w, T0.plus(Duration.ofDays(1)), "0.7"))).isTrue();

        assertThat(scores.history(w, 10)).extracting(WalletScoreRecord::winRate)
                .containsExactly(new BigDecimal("0.7"), new BigDecimal("0.6"));
        assertThat(scores.latest(w).orElseThrow()).isEqualTo(score(w, T0.plus(Duration.ofDays(1)), "0.7"));
    }

    @Test void aRerunOfTheSameJobIsNotStoredTwice() {
        assertThat(scores.record(score(wallet(1), T0, "0.6"))).isTrue();
        assertThat(scores.record(score(wallet(1), T0, "0.6"))).isFalse();
        assertThat(scores.history(wallet(1), 10)).hasSize(1);
    }

    @Test void theLatestScoreIsCopiedOntoTheWhaleWithoutTouchingItsWhitelistState() {
        store.whales().upsert(new Whale(wallet(2), "label", true, true, false, "pinned by ops", T0));
        scores.record(score(wallet(2), T0.plus(Duration.ofDays(1)), "0.7"));
        scores.record(score(wallet(3), T0, "0.6"));

        Map<String, Object> row = store.jdbi().withHandle(h -> h.createQuery(
                "SELECT whitelisted, pinned, reason, win_rate, markout, classification, classification_evidence->>'markout1h' AS m FROM whales WHERE address = :a")
                .bind("a", wallet(2).value()).mapToMap().one());
        assertThat(row).containsEntry("whitelisted", true).containsEntry("pinned", true).containsEntry("reason", "pinned by ops")
                .containsEntry("classification", "INFORMED").containsEntry("m", "0.031");
        assertThat((BigDecimal) row.get("win_rate")).isEqualByComparingTo("0.7");
        assertThat(store.whales().find(wallet(3)).orElseThrow().whitelisted()).isFalse();
    }

    @Test void whitelistChangesKeepTheirReasons() {
        changes.record(new WhitelistChange(wallet(4), true, "joined: score 0.031", "scoring", T0));
        changes.record(new WhitelistChange(wallet(4), false, "decayed", "scoring", T0.plusSeconds(60)));

        assertThat(changes.history(wallet(4))).extracting(WhitelistChange::reason).containsExactly("joined: score 0.031", "decayed");
    }

    @Test void walletsWithEnoughTradesAreListed() {
        assertThat(scores.walletsWithTrades(1)).isEmpty();
    }
}
