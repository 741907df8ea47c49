package io.polybot.app.cli;

import io.polybot.app.config.PolybotConfig;
import io.polybot.app.roles.ScoringWiring;
import io.polybot.app.wallets.DataEvaluation;
import io.polybot.app.wallets.ProgressBar;
import io.polybot.app.wallets.SimEvaluation;
import io.polybot.app.wallets.SimFunding;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.world.WorldScale;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import io.polybot.strategy.intelligence.linking.FundingEdge;
import io.polybot.strategy.intelligence.run.ScoringRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code polybot wallets}: score every wallet now, pin or ban one by hand (audited), and evaluate
 * scoring against a simulated world's truth or on recorded real data.
 */
@Command(name = "wallets", mixinStandardHelpOptions = true,
        description = {"Wallet intelligence: score and classify every wallet in the store (and update the whitelist),",
                "pin or ban a wallet by hand, or evaluate scoring against a simulated world or recorded real data."})
public final class WalletsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Option(names = "--data-dir", scope = ScopeType.INHERIT,
            description = "Data folder of the embedded database (default: ~/.polybot; POLYBOT_DB_URL selects a server instead).")
    Path dataDir;

    /** Whether progress is drawn as one updating line; tests set it. */
    Boolean terminal;

    @Override public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    @Command(name = "score", mixinStandardHelpOptions = true, description = "Scores and classifies every wallet with stored trades, records the scores as history and applies the whitelist policy.")
    int score(@Option(names = "--sim", description = "A simulator's base URL (http://host:port): its /sim/funding is the funding evidence for linking.")
              URI sim) {
        PolybotConfig cfg = config();
        try (Store store = Store.open(StoreConfig.fromEnvironment(cfg.dataDir()))) {
            Supplier<List<FundingEdge>> funding = sim == null ? List::of : new SimFunding(URI.create(sim.toString().replaceAll("/+$", "") + "/sim"));
            ScoringRun.Result result = ScoringWiring.wire(ScoringWiring.settings(cfg), store, funding, Clock.system()).run(new ProgressBar(out(), terminal()));
            var r = result.report();
            out().printf("scored %d wallets (%d units, %d linked groups); whitelist: %d joined, %d left%n", r.wallets(), r.groups(),
                    result.groups().groups().size(), r.joined(), r.left());
            r.changes().forEach(c -> out().printf("  %s %s: %s%n", c.after() ? "joined" : "left  ", c.wallet(), c.reason()));
            out().flush();
            return 0;
        }
    }

    @Command(name = "pin", mixinStandardHelpOptions = true, description = "Keeps the wallet on the whitelist whatever scoring says (audited).")
    int pin(@Parameters(paramLabel = "ADDRESS") String address, @Option(names = "--reason", required = true) String reason) {
        return operator(address, reason, "pinned", (u, w, actor) -> u.pin(w, true, actor, reason));
    }

    @Command(name = "unpin", mixinStandardHelpOptions = true, description = "Lets scoring decide about the wallet again (audited).")
    int unpin(@Parameters(paramLabel = "ADDRESS") String address, @Option(names = "--reason", required = true) String reason) {
        return operator(address, reason, "unpinned", (u, w, actor) -> u.pin(w, false, actor, reason));
    }

    @Command(name = "ban", mixinStandardHelpOptions = true, description = "Never follows the wallet, even when pinned or scoring well (audited).")
    int ban(@Parameters(paramLabel = "ADDRESS") String address, @Option(names = "--reason", required = true) String reason) {
        return operator(address, reason, "banned", (u, w, actor) -> u.ban(w, true, actor, reason));
    }

    @Command(name = "unban", mixinStandardHelpOptions = true, description = "Lifts a ban (audited); scoring decides at its next run.")
    int unban(@Parameters(paramLabel = "ADDRESS") String address, @Option(names = "--reason", required = true) String reason) {
        return operator(address, reason, "unbanned", (u, w, actor) -> u.ban(w, false, actor, reason));
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true, description = {"Grades scoring: --world-seed S builds a simulated world and compares with its truth;",
            "--data DIR scores an early window of recorded real trades and measures the later one. The last line is JSON."})
    int evaluate(@Option(names = "--world-seed", description = "Seed of the simulated world to evaluate on.") Long seed,
                 @Option(names = "--scale", defaultValue = "evaluation",
                         description = "World size: evaluation (about 200 markets and 1,000 wallets over 30 days, the world built for this; "
                                 + "the default) or small (a quick look: a decile of one to four units, too few to judge the copy test)")
                 String scale,
                 @Option(names = "--data", description = "A data directory (../shared/data) to evaluate on real trades instead.") Path data)
            throws Exception {
        if ((seed == null) == (data == null)) {
            spec.commandLine().getErr().println("give exactly one of --world-seed S or --data DIR");
            return 2;
        }
        if (data != null) return DataEvaluation.run(data, ScoringWiring.settings(config()), out()) ? 0 : 1;
        Path work = Files.createTempDirectory("polybot-evaluate-");
        SimEvaluation.Result result = SimEvaluation.run(seed, WorldScale.named(scale), work, ScoringWiring.settings(config()), out(), terminal());
        return result.meetsTargets() ? 0 : 1;
    }

    @FunctionalInterface
    private interface Change { void apply(io.polybot.strategy.intelligence.whitelist.WhitelistUpdater updater, WalletAddress wallet, String actor); }

    private int operator(String address, String reason, String done, Change change) {
        WalletAddress wallet;
        try {
            wallet = new WalletAddress(address);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        if (reason.isBlank()) {
            spec.commandLine().getErr().println("--reason must say why");
            return 2;
        }
        try (Store store = Store.open(StoreConfig.fromEnvironment(config().dataDir()))) {
            change.apply(ScoringWiring.updater(store, Clock.system()), wallet, actor());
            out().printf("%s %s: %s%n", done, wallet, reason);
            out().flush();
            return 0;
        }
    }

    private PrintWriter out() { return spec.commandLine().getOut(); }

    private boolean terminal() { return terminal != null ? terminal : ProgressBar.isTerminal(); }

    /** Who acts, for the audit log: the operating system user at the command line. */
    private static String actor() { return "cli:" + System.getProperty("user.name", "unknown"); }

    private PolybotConfig config() {
        Map<String, Object> overrides = new HashMap<>();
        if (dataDir != null) overrides.put("polybot.data-dir", dataDir.toAbsolutePath().toString());
        return PolybotConfig.load(null, overrides);
    }
}
