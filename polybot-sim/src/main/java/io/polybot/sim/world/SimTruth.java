package io.polybot.sim.world;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the world really is, for tests and the operator ({@code GET /sim/truth}): each wallet's
 * type, the linked groups with their owner and funder, each market's true "Yes" probability and
 * the token that wins (or won) it. A replayed world knows outcomes but no wallet types.
 */
public record SimTruth(long seed, Map<WalletAddress, WalletType> walletTypes, List<LinkedGroup> linkedGroups,
                       Map<ConditionId, BigDecimal> trueProbabilities, Map<ConditionId, TokenId> winners) {
    public SimTruth {
        walletTypes = Map.copyOf(walletTypes);
        linkedGroups = List.copyOf(linkedGroups);
        trueProbabilities = Map.copyOf(trueProbabilities);
        winners = Map.copyOf(winners);
    }
}
