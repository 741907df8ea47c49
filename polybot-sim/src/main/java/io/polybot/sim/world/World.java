package io.polybot.sim.world;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The seeded world: its markets and wallets, with the truth behind them. Immutable. */
public record World(long seed, List<SimMarket> markets, List<SimWallet> wallets) {
    public World {
        markets = List.copyOf(markets);
        wallets = List.copyOf(wallets);
    }

    public Optional<SimMarket> market(ConditionId conditionId) {
        return markets.stream().filter(m -> m.market().conditionId().equals(conditionId)).findFirst();
    }

    /** The market that has {@code token} as one of its outcomes. */
    public Optional<SimMarket> marketOf(TokenId token) {
        return markets.stream().filter(m -> m.market().token(token).isPresent()).findFirst();
    }

    public Optional<SimWallet> wallet(WalletAddress address) {
        return wallets.stream().filter(w -> w.address().equals(address)).findFirst();
    }

    public List<SimWallet> wallets(WalletType type) {
        return wallets.stream().filter(w -> w.type() == type).toList();
    }

    public SimTruth truth() {
        Map<WalletAddress, WalletType> types = new LinkedHashMap<>();
        wallets.forEach(w -> types.put(w.address(), w.type()));
        Map<ConditionId, BigDecimal> probabilities = new LinkedHashMap<>();
        markets.forEach(m -> probabilities.put(m.market().conditionId(), m.trueProbability()));
        return new SimTruth(seed, types, List.of(), probabilities);
    }
}
