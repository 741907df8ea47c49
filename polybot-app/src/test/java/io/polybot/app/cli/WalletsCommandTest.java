package io.polybot.app.cli;

import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.WalletScoreRecord;
import io.polybot.store.repo.WalletScoreRepository;
import io.polybot.store.repo.WhitelistChangeRepository;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.core.wallet.WalletAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code polybot wallets} on a real embedded store. */
class WalletsCommandTest {
    static final String WALLET = "0x00000000000000000000000000000000000000aa";
    @TempDir Path dataDir;

    record Run(int exit, String out, String err) {}

    Run run(String... args) {
        WalletsCommand command = new WalletsCommand();
        command.terminal = false;
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test void pinAndBanAreAuditedWithTheirReason() {
        assertThat(run("pin", WALLET, "--reason", "known sharp", "--data-dir", dataDir.toString()).exit()).isZero();
        assertThat(run("ban", WALLET, "--reason", "wash trading", "--data-dir", dataDir.toString()).exit()).isZero();
        assertThat(run("pin", WALLET, "--data-dir", dataDir.toString()).exit()).isNotZero(); // no reason, no change

        try (Store store = Store.open(StoreConfig.fromEnvironment(Map.of(), dataDir))) {
            assertThat(store.whales().whitelisted()).isEmpty();
            assertThat(store.auditLog().recent(10)).extracting(e -> e.action() + " " + e.detail())
                    .contains("whitelist.pin " + WALLET + ": pinned: known sharp", "whitelist.ban " + WALLET + ": banned: wash trading");
            assertThat(new WhitelistChangeRepository(store.jdbi()).history(new WalletAddress(WALLET))).hasSize(2);
        }
    }

    @Test void scoreOnAPopulatedStorePrintsProgressAndWritesScoreHistory() {
        List<WalletAddress> wallets = new ArrayList<>();
        try (Store store = Store.open(StoreConfig.fromEnvironment(Map.of(), dataDir))) {
            Instant t0 = Instant.parse("2026-05-01T00:00:00Z");
            for (int m = 1; m <= 3; m++) {
                Market market = new Market(new ConditionId("0x" + String.format("%064x", m)), "Q" + m, "m" + m, "e" + m, "politics",
                        List.of(new OutcomeToken(new TokenId(m + "1"), "Yes", 0), new OutcomeToken(new TokenId(m + "2"), "No", 1)),
                        new BigDecimal("0.01"), new BigDecimal("5"), false, t0.plus(Duration.ofDays(m)), MarketStatus.OPEN, null);
                store.markets().upsert(m == 3 ? market : market.withStatus(MarketStatus.RESOLVED, new TokenId(m + "1")));
            }
            for (int w = 1; w <= 6; w++) {
                WalletAddress wallet = new WalletAddress("0x" + String.format("%040x", 0x100 + w));
                wallets.add(wallet);
                for (int m = 1; m <= 3; m++) {
                    boolean yes = (w + m) % 2 == 0;
                    Instant at = t0.plusSeconds(3600L * m + 60L * w);
                    store.walletTrades().insert(new WalletTrade(null, wallet, new ConditionId("0x" + String.format("%064x", m)),
                            new TokenId(m + (yes ? "1" : "2")), yes ? "Yes" : "No", Side.BUY, Price.of("0.5"), Size.of(Integer.toString(10 * w)),
                            at, at, "0x" + String.format("%064x", 1000 * w + m), 0, "test"));
                }
            }
        }

        Run first = run("score", "--data-dir", dataDir.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("scoring: 1/6 wallets (16%)", "scoring: 6/6 wallets (100%)", "scored 6 wallets");
        Run second = run("score", "--data-dir", dataDir.toString());
        assertThat(second.exit()).isZero();

        try (Store store = Store.open(StoreConfig.fromEnvironment(Map.of(), dataDir))) {
            var scores = new WalletScoreRepository(store.jdbi());
            for (WalletAddress wallet : wallets) {
                List<WalletScoreRecord> history = scores.history(wallet, 10);
                assertThat(history).as("score history of %s", wallet).hasSize(2);
                // two positions resolved (one won, one lost or both, by wallet), the third market still open
                assertThat(history.getFirst().positions()).isEqualTo(2);
                assertThat(history.getFirst().trades()).isEqualTo(3);
                assertThat(history.get(0).computedAt()).isAfter(history.get(1).computedAt());
            }
            long rows = store.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM wallet_scores").mapTo(Long.class).one());
            assertThat(rows).isEqualTo(12L);
        }
    }

    @Test void scoreRunsOnAnEmptyStoreAndReports() {
        Run r = run("score", "--data-dir", dataDir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("scored 0 wallets");
    }
}
