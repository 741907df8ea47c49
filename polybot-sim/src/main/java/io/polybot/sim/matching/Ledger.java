package io.polybot.sim.matching;

import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * pUSD and outcome-share balances of every account, with the amounts locked by resting orders.
 * Not thread-safe: owned by {@link MatchingEngine}, which calls it under its lock.
 */
final class Ledger {
    private final Map<WalletAddress, Account> accounts = new HashMap<>();

    private static final class Account {
        BigDecimal pusd = BigDecimal.ZERO;
        BigDecimal pusdLocked = BigDecimal.ZERO;
        final Map<TokenId, BigDecimal> shares = new HashMap<>();
        final Map<TokenId, BigDecimal> sharesLocked = new HashMap<>();
    }

    private Account account(WalletAddress address) { return accounts.computeIfAbsent(address, a -> new Account()); }

    void creditPusd(WalletAddress address, BigDecimal amount) {
        requireNonNegative(amount);
        Account a = account(address);
        a.pusd = a.pusd.add(amount);
    }

    void creditShares(WalletAddress address, TokenId token, BigDecimal amount) {
        requireNonNegative(amount);
        account(address).shares.merge(token, amount, BigDecimal::add);
    }

    /** Splits collateral into one share of every outcome per pUSD (the CTF {@code splitPosition}). */
    void split(WalletAddress address, List<TokenId> outcomes, BigDecimal amount) {
        requireNonNegative(amount);
        if (availablePusd(address).compareTo(amount) < 0) throw new IllegalStateException("not enough pUSD to split " + amount + " for " + address);
        Account a = account(address);
        a.pusd = a.pusd.subtract(amount);
        outcomes.forEach(t -> a.shares.merge(t, amount, BigDecimal::add));
    }

    BigDecimal availablePusd(WalletAddress address) {
        Account a = accounts.get(address);
        return a == null ? BigDecimal.ZERO : a.pusd.subtract(a.pusdLocked);
    }

    BigDecimal availableShares(WalletAddress address, TokenId token) {
        Account a = accounts.get(address);
        if (a == null) return BigDecimal.ZERO;
        return a.shares.getOrDefault(token, BigDecimal.ZERO).subtract(a.sharesLocked.getOrDefault(token, BigDecimal.ZERO));
    }

    void lockPusd(WalletAddress address, BigDecimal amount) {
        Account a = account(address);
        a.pusdLocked = a.pusdLocked.add(amount);
    }

    void unlockPusd(WalletAddress address, BigDecimal amount) {
        Account a = account(address);
        a.pusdLocked = a.pusdLocked.subtract(amount);
    }

    void lockShares(WalletAddress address, TokenId token, BigDecimal amount) {
        account(address).sharesLocked.merge(token, amount, BigDecimal::add);
    }

    void unlockShares(WalletAddress address, TokenId token, BigDecimal amount) {
        account(address).sharesLocked.merge(token, amount.negate(), BigDecimal::add);
    }

    /** Moves shares from seller to buyer and collateral from buyer to seller; both sides must hold them. */
    void settle(WalletAddress buyer, WalletAddress seller, TokenId token, BigDecimal shares, BigDecimal pusd) {
        Account b = account(buyer);
        Account s = account(seller);
        b.pusd = b.pusd.subtract(pusd);
        s.pusd = s.pusd.add(pusd);
        s.shares.merge(token, shares.negate(), BigDecimal::add);
        b.shares.merge(token, shares, BigDecimal::add);
        if (b.pusd.signum() < 0 || s.shares.get(token).signum() < 0)
            throw new IllegalStateException("settlement overdrew an account: buyer " + buyer + ", seller " + seller);
    }

    /**
     * Mints a complementary pair (the CTF exchange's MINT match): two buyers of opposite outcomes
     * together pay one pUSD per pair, and each receives its outcome's shares.
     */
    void mint(WalletAddress buyerA, TokenId tokenA, BigDecimal payA, WalletAddress buyerB, TokenId tokenB, BigDecimal payB,
              BigDecimal shares) {
        Account a = account(buyerA);
        Account b = account(buyerB);
        a.pusd = a.pusd.subtract(payA);
        b.pusd = b.pusd.subtract(payB);
        a.shares.merge(tokenA, shares, BigDecimal::add);
        b.shares.merge(tokenB, shares, BigDecimal::add);
        if (a.pusd.signum() < 0 || b.pusd.signum() < 0)
            throw new IllegalStateException("mint overdrew an account: " + buyerA + ", " + buyerB);
    }

    /**
     * Merges a complementary pair (the CTF exchange's MERGE match): two sellers of opposite outcomes
     * give up one share each, the pair redeems one pUSD, split at their prices.
     */
    void merge(WalletAddress sellerA, TokenId tokenA, BigDecimal receiveA, WalletAddress sellerB, TokenId tokenB, BigDecimal receiveB,
               BigDecimal shares) {
        Account a = account(sellerA);
        Account b = account(sellerB);
        a.shares.merge(tokenA, shares.negate(), BigDecimal::add);
        b.shares.merge(tokenB, shares.negate(), BigDecimal::add);
        a.pusd = a.pusd.add(receiveA);
        b.pusd = b.pusd.add(receiveB);
        if (a.shares.get(tokenA).signum() < 0 || b.shares.get(tokenB).signum() < 0)
            throw new IllegalStateException("merge overdrew an account: " + sellerA + ", " + sellerB);
    }

    /** Moves collateral between accounts (fees to the operator). */
    void transferPusd(WalletAddress from, WalletAddress to, BigDecimal amount) {
        if (amount.signum() == 0) return;
        Account f = account(from);
        f.pusd = f.pusd.subtract(amount);
        account(to).pusd = account(to).pusd.add(amount);
        if (f.pusd.signum() < 0) throw new IllegalStateException("fee overdrew " + from);
    }

    Balances balances(WalletAddress address) {
        Account a = accounts.get(address);
        if (a == null) return new Balances(address, BigDecimal.ZERO, BigDecimal.ZERO, Map.of(), Map.of());
        return new Balances(address, a.pusd, a.pusdLocked, a.shares, a.sharesLocked);
    }

    private static void requireNonNegative(BigDecimal amount) {
        if (amount.signum() < 0) throw new IllegalArgumentException("amount must be >= 0, was " + amount.toPlainString());
    }
}
