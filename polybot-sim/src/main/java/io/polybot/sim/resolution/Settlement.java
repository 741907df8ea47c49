package io.polybot.sim.resolution;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.SimWallet;
import io.polybot.sim.world.World;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolution and redemption (PROTOCOL §7.4). Resolving a market cancels every open order in it and
 * closes its books; from then on Gamma shows it closed with outcome prices "1"/"0", the CLOB its
 * winner, and the Data API its positions as redeemable. Redeeming burns a holder's shares of the
 * market and pays 1 pUSD per winning share, leaving a {@code REDEEM} activity row.
 */
public final class Settlement {
    private final World world;
    private final MatchingEngine engine;
    private final Clock clock;
    private final String salt;
    private final Map<ConditionId, Resolved> resolved = new HashMap<>();
    private final List<Redemption> redemptions = new ArrayList<>();

    /** @param salt makes this run's redemption transaction hashes distinct (like the engine's id salt) */
    public Settlement(World world, MatchingEngine engine, Clock clock, String salt) {
        this.world = world;
        this.engine = engine;
        this.clock = clock;
        this.salt = salt;
    }

    /** Resolves {@code market} to its outcome in the world now; a second call changes nothing. */
    public void resolve(SimMarket market) { resolve(market, market.winner().tokenId()); }

    /** Resolves {@code market} with {@code winner} paying 1 (replay: the recorded outcome). */
    public void resolve(SimMarket market, TokenId winner) {
        synchronized (this) {
            if (resolved.containsKey(market.market().conditionId())) return;
            resolved.put(market.market().conditionId(), new Resolved(winner, clock.now()));
        }
        engine.settle(market.market().conditionId(), payouts(market, winner), List.of());
    }

    /** Redeems every simulated wallet's shares of a resolved market (they redeem soon after it resolves). */
    public void redeemWorldWallets(ConditionId market) {
        redeem(market, world.wallets().stream().map(SimWallet::address).toList());
    }

    /** Redeems all of {@code wallet}'s resolved positions ({@code POST /sim/redeem}); answers the redemptions made. */
    public List<Redemption> redeemAll(WalletAddress wallet) {
        List<ConditionId> markets;
        synchronized (this) {
            markets = List.copyOf(resolved.keySet());
        }
        List<Redemption> out = new ArrayList<>();
        markets.forEach(m -> out.addAll(redeem(m, List.of(wallet))));
        return out;
    }

    private List<Redemption> redeem(ConditionId conditionId, Collection<WalletAddress> holders) {
        Optional<Resolved> result = resolution(conditionId);
        Optional<SimMarket> market = world.market(conditionId);
        if (result.isEmpty() || market.isEmpty()) return List.of();
        Map<WalletAddress, Map<TokenId, BigDecimal>> burned = engine.settle(conditionId, payouts(market.get(), result.get().winner()), holders);
        List<Redemption> made = new ArrayList<>();
        synchronized (this) {
            burned.forEach((wallet, byToken) -> {
                BigDecimal shares = byToken.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal payout = byToken.getOrDefault(result.get().winner(), BigDecimal.ZERO);
                Redemption redemption = new Redemption(wallet, conditionId, shares, payout, clock.now(), transactionHash(redemptions.size()));
                redemptions.add(redemption);
                made.add(redemption);
            });
        }
        return made;
    }

    public synchronized Optional<Resolved> resolution(ConditionId market) { return Optional.ofNullable(resolved.get(market)); }

    public synchronized boolean isResolved(ConditionId market) { return resolved.containsKey(market); }

    public synchronized int resolvedCount() { return resolved.size(); }

    /** Redemptions of {@code wallet} (all if empty), oldest first. */
    public synchronized List<Redemption> redemptions(Optional<WalletAddress> wallet) {
        return redemptions.stream().filter(r -> wallet.map(r.wallet()::equals).orElse(true)).toList();
    }

    private static Map<TokenId, BigDecimal> payouts(SimMarket market, TokenId winner) {
        Map<TokenId, BigDecimal> payouts = new HashMap<>();
        for (OutcomeToken t : market.market().tokens()) payouts.put(t.tokenId(), t.tokenId().equals(winner) ? BigDecimal.ONE : BigDecimal.ZERO);
        return payouts;
    }

    private String transactionHash(long n) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("redeem\u001f" + salt + '\u001f' + n).getBytes(StandardCharsets.UTF_8));
            return "0x" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }
}
