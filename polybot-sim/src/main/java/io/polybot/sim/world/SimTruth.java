package io.polybot.sim.world;

import io.polybot.core.market.ConditionId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the world really is, for tests and the operator ({@code GET /sim/truth}): each wallet's
 * type, groups of linked wallets (one owner; none yet), and each market's true "Yes" probability.
 */
public record SimTruth(long seed, Map<WalletAddress, WalletType> walletTypes, List<List<WalletAddress>> linkedGroups,
                       Map<ConditionId, BigDecimal> trueProbabilities) {
    public SimTruth {
        walletTypes = Map.copyOf(walletTypes);
        linkedGroups = linkedGroups.stream().map(List::copyOf).toList();
        trueProbabilities = Map.copyOf(trueProbabilities);
    }
}
