package io.polybot.sim.matching;

import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A snapshot of one account: pUSD and outcome shares held, and how much of each is committed to
 * resting orders (not available to new ones).
 */
public record Balances(WalletAddress account, BigDecimal pusd, BigDecimal pusdLocked,
                       Map<TokenId, BigDecimal> shares, Map<TokenId, BigDecimal> sharesLocked) {
    public Balances {
        shares = Map.copyOf(shares);
        sharesLocked = Map.copyOf(sharesLocked);
    }

    public BigDecimal availablePusd() { return pusd.subtract(pusdLocked); }

    public BigDecimal shares(TokenId token) { return shares.getOrDefault(token, BigDecimal.ZERO); }

    public BigDecimal availableShares(TokenId token) {
        return shares(token).subtract(sharesLocked.getOrDefault(token, BigDecimal.ZERO));
    }
}
