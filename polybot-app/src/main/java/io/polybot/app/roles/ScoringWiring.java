package io.polybot.app.roles;

import io.polybot.app.config.PolybotConfig;
import io.polybot.core.time.Clock;
import io.polybot.store.Store;
import io.polybot.store.repo.WalletScoreRepository;
import io.polybot.store.repo.WhitelistChangeRepository;
import io.polybot.strategy.intelligence.linking.FundingEdge;
import io.polybot.strategy.intelligence.run.ScoringRun;
import io.polybot.strategy.intelligence.run.ScoringSettings;
import io.polybot.strategy.intelligence.whitelist.WhitelistConfig;
import io.polybot.strategy.intelligence.whitelist.WhitelistUpdater;

import java.util.List;
import java.util.function.Supplier;

/** The wallet scoring job's composition root, shared by the strategy role, {@code wallets score}, the demo and the evaluation. */
public final class ScoringWiring {
    private ScoringWiring() {}

    public static ScoringSettings settings(PolybotConfig cfg) {
        return ScoringSettings.defaults().withWhitelist(cfg.scoring().whitelist());
    }

    /** The demo's settings: its one-week world gives fewer resolved positions (polybot.demo.scoring). */
    public static ScoringSettings demoSettings(PolybotConfig cfg) {
        WhitelistConfig w = cfg.scoring().whitelist();
        return ScoringSettings.defaults().withWhitelist(new WhitelistConfig(cfg.demo().minimumPositions(), cfg.demo().minimumEvents(),
                cfg.demo().joinScore(), w.leaveScore().min(cfg.demo().joinScore())));
    }

    public static WhitelistUpdater updater(Store store, Clock clock) {
        return new WhitelistUpdater(store.whales(), new WhitelistChangeRepository(store.jdbi()), store.auditLog(), clock);
    }

    /** @param funding first-funding evidence (the sim's {@code /sim/funding}; none from the venue yet) */
    public static ScoringRun wire(ScoringSettings settings, Store store, Supplier<List<FundingEdge>> funding, Clock clock) {
        return new ScoringRun(settings, store.walletTrades(), store.markets(), store.whales(), new WalletScoreRepository(store.jdbi()),
                updater(store, clock), funding, clock);
    }
}
