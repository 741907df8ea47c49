package io.polybot.app.cli;

import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.store.repo.WhitelistChangeRepository;
import io.polybot.core.wallet.WalletAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
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

    @Test void scoreRunsOnAnEmptyStoreAndReports() {
        Run r = run("score", "--data-dir", dataDir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("scored 0 wallets");
    }
}
