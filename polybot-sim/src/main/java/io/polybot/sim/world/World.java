package io.polybot.sim.world;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seeded world: its markets and wallets, with the truth behind them. Immutable; look-ups by
 * id are indexed because every public trade row reads them.
 *
 * @see WorldGenerator
 */
public final class World {
    private final long seed;
    private final Instant start;
    private final List<SimMarket> markets;
    private final List<SimWallet> wallets;
    private final List<LinkedGroup> groups;
    private final Map<ConditionId, SimMarket> byCondition;
    private final Map<TokenId, SimMarket> byToken;
    private final Map<WalletAddress, SimWallet> byAddress;

    /** @param start the instant the history ends and live trading begins */
    public World(long seed, Instant start, List<SimMarket> markets, List<SimWallet> wallets, List<LinkedGroup> groups) {
        this.seed = seed;
        this.start = Objects.requireNonNull(start, "start");
        this.markets = List.copyOf(markets);
        this.wallets = List.copyOf(wallets);
        this.groups = List.copyOf(groups);
        this.byCondition = this.markets.stream().collect(Collectors.toUnmodifiableMap(m -> m.market().conditionId(), Function.identity()));
        this.byToken = this.markets.stream().flatMap(m -> m.market().tokens().stream().map(t -> Map.entry(t.tokenId(), m)))
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        this.byAddress = this.wallets.stream().collect(Collectors.toUnmodifiableMap(SimWallet::address, Function.identity()));
    }

    public long seed() { return seed; }

    public Instant start() { return start; }

    public List<SimMarket> markets() { return markets; }

    public List<SimWallet> wallets() { return wallets; }

    public List<LinkedGroup> groups() { return groups; }

    public Optional<SimMarket> market(ConditionId conditionId) { return Optional.ofNullable(byCondition.get(conditionId)); }

    /** The market that has {@code token} as one of its outcomes. */
    public Optional<SimMarket> marketOf(TokenId token) { return Optional.ofNullable(byToken.get(token)); }

    public Optional<SimWallet> wallet(WalletAddress address) { return Optional.ofNullable(byAddress.get(address)); }

    public List<SimWallet> wallets(WalletType type) {
        return wallets.stream().filter(w -> w.type() == type).toList();
    }

    /** Markets of one event (several for a neg-risk event), in world order. */
    public List<SimMarket> event(String eventSlug) {
        return markets.stream().filter(m -> m.market().eventSlug().equals(eventSlug)).toList();
    }

    public SimTruth truth() {
        Map<WalletAddress, WalletType> types = new LinkedHashMap<>();
        wallets.forEach(w -> types.put(w.address(), w.type()));
        Map<ConditionId, BigDecimal> probabilities = new LinkedHashMap<>();
        Map<ConditionId, TokenId> winners = new LinkedHashMap<>();
        markets.forEach(m -> {
            probabilities.put(m.market().conditionId(), m.trueProbability());
            winners.put(m.market().conditionId(), m.winner().tokenId());
        });
        return new SimTruth(seed, types, groups, probabilities, winners);
    }

    @Override public boolean equals(Object o) {
        return o instanceof World w && seed == w.seed && start.equals(w.start) && markets.equals(w.markets)
                && wallets.equals(w.wallets) && groups.equals(w.groups);
    }

    @Override public int hashCode() { return Objects.hash(seed, start, markets, wallets, groups); }

    @Override public String toString() {
        return "World[seed=" + seed + ", start=" + start + ", markets=" + markets.size() + ", wallets=" + wallets.size() + "]";
    }
}
