package io.polybot.strategy.intelligence.whitelist;

import io.polybot.core.time.SimulatedClock;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.AuditEntry;
import io.polybot.store.repo.WhitelistChange;
import io.polybot.store.repo.WhitelistChangeRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.polybot.strategy.intelligence.IntelligenceFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Whitelist writes on embedded PostgreSQL: whale row, change history and audit log, each with its reason. */
class WhitelistUpdaterTest {
    @TempDir static Path dataDir;
    static Store store;
    static WhitelistUpdater updater;
    static WhitelistChangeRepository changes;

    @BeforeAll static void open() {
        SimulatedClock clock = new SimulatedClock(T0);
        store = Store.open(StoreConfig.embedded(dataDir.resolve("pg")), clock);
        changes = new WhitelistChangeRepository(store.jdbi());
        updater = new WhitelistUpdater(store.whales(), changes, store.auditLog(), clock);
    }

    @AfterAll static void close() { if (store != null) store.close(); }

    @Test void aJoinThenALeaveAreRecordedWithTheirReasons() {
        assertThat(updater.apply(new WhitelistDecision(wallet(1), false, true, "qualified: score 0.02"))).isTrue();
        assertThat(store.whales().whitelisted()).contains(wallet(1));
        assertThat(updater.apply(new WhitelistDecision(wallet(1), true, false, "decayed"))).isTrue();
        assertThat(updater.apply(new WhitelistDecision(wallet(1), false, false, "still too small"))).isFalse();

        assertThat(store.whales().whitelisted()).doesNotContain(wallet(1));
        assertThat(store.whales().find(wallet(1)).orElseThrow().reason()).isEqualTo("decayed");
        assertThat(changes.history(wallet(1))).extracting(WhitelistChange::whitelisted, WhitelistChange::reason, WhitelistChange::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, "qualified: score 0.02", "scoring"),
                        org.assertj.core.groups.Tuple.tuple(false, "decayed", "scoring"));
        assertThat(store.auditLog().recent(10)).extracting(AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("whitelist.leave", wallet(1).value() + ": decayed"));
    }

    @Test void pinWhitelistsAndBanRemovesEvenAPinnedWallet() {
        updater.pin(wallet(2), true, "alice", "known fund");
        assertThat(store.whales().find(wallet(2)).orElseThrow()).satisfies(w -> {
            assertThat(w.whitelisted()).isTrue();
            assertThat(w.pinned()).isTrue();
        });
        updater.ban(wallet(2), true, "bob", "wash trading");
        assertThat(store.whales().whitelisted()).doesNotContain(wallet(2));
        assertThat(store.whales().find(wallet(2)).orElseThrow().banned()).isTrue();
        assertThat(changes.history(wallet(2))).extracting(WhitelistChange::reason).containsExactly("pinned: known fund", "banned: wash trading");
        assertThat(store.auditLog().recent(10)).extracting(AuditEntry::actor, AuditEntry::action)
                .contains(org.assertj.core.groups.Tuple.tuple("alice", "whitelist.pin"), org.assertj.core.groups.Tuple.tuple("bob", "whitelist.ban"));
    }
}
