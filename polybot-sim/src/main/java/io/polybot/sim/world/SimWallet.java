package io.polybot.sim.world;

import io.polybot.core.wallet.WalletAddress;

/**
 * A simulated trader: its address (the Data API's {@code proxyWallet}), its hidden type, its public
 * profile, and the address its collateral comes from (shared by a linked group, or an exchange hot wallet).
 */
public record SimWallet(WalletAddress address, WalletType type, String name, String pseudonym, WalletAddress funder) {
    public SimWallet {
        if (address == null || type == null || name == null || pseudonym == null || funder == null)
            throw new IllegalArgumentException("wallet needs address, type, name, pseudonym and funder");
    }
}
