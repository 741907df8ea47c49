package io.polybot.strategy.intelligence.linking;

import io.polybot.core.wallet.WalletAddress;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets of wallets with path halving; the root of a set is its smallest address, so group ids are stable. */
final class UnionFind {
    private final Map<WalletAddress, WalletAddress> parent = new HashMap<>();

    WalletAddress find(WalletAddress wallet) {
        WalletAddress current = wallet;
        parent.putIfAbsent(current, current);
        while (!parent.get(current).equals(current)) {
            WalletAddress grand = parent.get(parent.get(current));
            parent.put(current, grand);
            current = grand;
        }
        return current;
    }

    void union(WalletAddress a, WalletAddress b) {
        WalletAddress rootA = find(a), rootB = find(b);
        if (rootA.equals(rootB)) return;
        if (rootA.value().compareTo(rootB.value()) < 0) parent.put(rootB, rootA);
        else parent.put(rootA, rootB);
    }

    /** Every wallet in a set of two or more, mapped to its set's id. */
    Map<WalletAddress, String> groups() {
        Map<WalletAddress, Integer> sizes = new HashMap<>();
        for (WalletAddress wallet : parent.keySet()) sizes.merge(find(wallet), 1, Integer::sum);
        Map<WalletAddress, String> out = new HashMap<>();
        for (WalletAddress wallet : parent.keySet()) {
            WalletAddress root = find(wallet);
            if (sizes.get(root) > 1) out.put(wallet, root.value());
        }
        return out;
    }
}
