package io.polybot.strategy.whale;

import io.polybot.core.wallet.WalletAddress;

import java.util.Set;
import java.util.function.Supplier;

/**
 * The active whitelist, held in memory so the hot path never touches the database; refreshed
 * from the store when scoring or an operator changes it.
 */
public final class Whitelist {
    private final Supplier<Set<WalletAddress>> source;
    private volatile Set<WalletAddress> wallets;

    public Whitelist(Supplier<Set<WalletAddress>> source) {
        this.source = source;
        this.wallets = Set.copyOf(source.get());
    }

    public boolean contains(WalletAddress wallet) { return wallets.contains(wallet); }

    public int size() { return wallets.size(); }

    public void refresh() { wallets = Set.copyOf(source.get()); }
}
