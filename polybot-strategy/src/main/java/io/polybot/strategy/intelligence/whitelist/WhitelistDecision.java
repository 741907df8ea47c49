package io.polybot.strategy.intelligence.whitelist;

import io.polybot.core.wallet.WalletAddress;

/** What the policy decided for one wallet and why; {@link #changed()} when it moves on or off the list. */
public record WhitelistDecision(WalletAddress wallet, boolean before, boolean after, String reason) {
    public boolean changed() { return before != after; }
}
