package io.polybot.strategy.intelligence.consensus;

import io.polybot.core.wallet.WalletAddress;

import java.util.Set;

/**
 * A named group of wallets whose agreement is a signal: built per market category from the
 * wallets' own trading, or defined by a user.
 *
 * @param category the market category it watches (null: every category)
 */
public record Basket(String name, String category, Set<WalletAddress> wallets, Source source) {
    public enum Source { CATEGORY, USER }

    public Basket {
        if (name == null || name.isBlank() || wallets == null || source == null) throw new IllegalArgumentException("basket needs a name, wallets and a source");
        wallets = Set.copyOf(wallets);
    }

    public boolean contains(WalletAddress wallet) { return wallets.contains(wallet); }

    /** True when the basket watches markets of this category. */
    public boolean covers(String marketCategory) { return category == null || category.equalsIgnoreCase(marketCategory); }
}
