package io.polybot.strategy.intelligence.run;

import io.polybot.strategy.intelligence.classification.ClassifierThresholds;
import io.polybot.strategy.intelligence.linking.LinkingConfig;
import io.polybot.strategy.intelligence.scoring.ScoringConfig;
import io.polybot.strategy.intelligence.whitelist.WhitelistConfig;

import java.math.BigDecimal;

/**
 * Everything a scoring run is tuned by, in one place so the app reads it from configuration.
 *
 * @param basketMinimumShare  a wallet joins a category's basket when at least this share of its notional is in that category
 * @param basketMinimumWallets a category gets a basket from this many eligible wallets
 */
public record ScoringSettings(ScoringConfig scoring, ClassifierThresholds classifier, LinkingConfig linking, WhitelistConfig whitelist,
                              BigDecimal basketMinimumShare, int basketMinimumWallets) {
    public ScoringSettings {
        if (scoring == null || classifier == null || linking == null || whitelist == null)
            throw new IllegalArgumentException("scoring settings need every part");
        if (basketMinimumShare == null || basketMinimumShare.signum() < 0 || basketMinimumShare.compareTo(BigDecimal.ONE) > 0)
            throw new IllegalArgumentException("basket minimum share must be in [0, 1]");
        if (basketMinimumWallets < 1) throw new IllegalArgumentException("basket minimum wallets must be >= 1");
    }

    public static ScoringSettings defaults() {
        return new ScoringSettings(ScoringConfig.defaults(), ClassifierThresholds.defaults(), LinkingConfig.defaults(),
                WhitelistConfig.defaults(), new BigDecimal("0.25"), 3);
    }

    public ScoringSettings withWhitelist(WhitelistConfig config) {
        return new ScoringSettings(scoring, classifier, linking, config, basketMinimumShare, basketMinimumWallets);
    }
}
