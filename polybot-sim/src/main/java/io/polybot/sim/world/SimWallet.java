package io.polybot.sim.world;

import io.polybot.core.wallet.WalletAddress;

/** A simulated trader: its address (the Data API's {@code proxyWallet}), its hidden type and its public profile. */
public record SimWallet(WalletAddress address, WalletType type, String name, String pseudonym) {
    public SimWallet {
        if (address == null || type == null || name == null || pseudonym == null)
            throw new IllegalArgumentException("wallet needs address, type, name and pseudonym");
    }
}
