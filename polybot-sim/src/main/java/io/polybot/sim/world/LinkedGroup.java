package io.polybot.sim.world;

import io.polybot.core.wallet.WalletAddress;

import java.util.List;

/**
 * Wallets controlled by one owner: funded from one address, trading the same market and side
 * within seconds of each other. Basket consensus must count them as one vote (ARCHITECTURE §4).
 *
 * @param behaviour how the owner trades (INFORMED or NOISE); every member has this type
 */
public record LinkedGroup(String owner, WalletAddress funder, WalletType behaviour, List<WalletAddress> wallets) {
    public LinkedGroup {
        wallets = List.copyOf(wallets);
        if (wallets.size() < 2) throw new IllegalArgumentException("a linked group has at least two wallets: " + owner);
    }
}
