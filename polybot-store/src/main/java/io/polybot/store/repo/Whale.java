package io.polybot.store.repo;

import io.polybot.core.wallet.WalletAddress;

import java.time.Instant;

/**
 * A wallet's whitelist state. A wallet is actively followed when {@code whitelisted} and not
 * {@code banned}; {@code pinned} keeps it whitelisted whatever the scoring job says.
 *
 * @param reason why the state last changed (scoring result, operator note)
 */
public record Whale(WalletAddress address, String label, boolean whitelisted, boolean pinned, boolean banned,
                    String reason, Instant updatedAt) {
    public Whale {
        if (address == null || updatedAt == null) throw new IllegalArgumentException("whale needs an address and updatedAt");
    }
}
