package io.polybot.store.repo;

import io.polybot.core.wallet.WalletAddress;

import java.time.Instant;

/**
 * One whitelist change (table {@code whale_whitelist_changes}).
 *
 * @param actor who changed it: "scoring" or an operator's name
 */
public record WhitelistChange(WalletAddress address, boolean whitelisted, String reason, String actor, Instant changedAt) {
    public WhitelistChange {
        if (address == null || reason == null || actor == null || changedAt == null)
            throw new IllegalArgumentException("whitelist change needs an address, a reason, an actor and a time");
    }
}
