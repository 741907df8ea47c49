package io.polybot.strategy.intelligence.linking;

import io.polybot.core.wallet.WalletAddress;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Wallets known to act as one trader (same funder, synchronised trading), so that a group
 * counts once as a consensus vote and once in scoring samples. A group's id is its smallest
 * address; a wallet in no group is its own group.
 */
public final class LinkedGroups {
    public static final LinkedGroups NONE = new LinkedGroups(Map.of(), List.of());

    private final Map<WalletAddress, String> groupOf;
    private final List<WalletLink> links;

    LinkedGroups(Map<WalletAddress, String> groupOf, List<WalletLink> links) {
        this.groupOf = Map.copyOf(groupOf);
        this.links = List.copyOf(links);
    }

    /** Groups given by hand (or loaded from {@code basket_wallets.linked_group}): each collection is one group. */
    public static LinkedGroups of(Collection<? extends Collection<WalletAddress>> groups) {
        Map<WalletAddress, String> map = new java.util.HashMap<>();
        for (Collection<WalletAddress> group : groups) {
            String id = group.stream().map(WalletAddress::value).min(String::compareTo).orElseThrow();
            group.forEach(wallet -> map.put(wallet, id));
        }
        return new LinkedGroups(map, List.of());
    }

    /** The vote this wallet casts: its group's id, or its own address. */
    public String groupOf(WalletAddress wallet) {
        String group = groupOf.get(wallet);
        return group != null ? group : wallet.value();
    }

    public boolean linked(WalletAddress wallet) { return groupOf.containsKey(wallet); }

    /** The evidence: each link that joined two wallets. */
    public List<WalletLink> links() { return links; }

    /** Groups of two or more wallets, by id, members sorted. */
    public Map<String, List<WalletAddress>> groups() {
        Map<String, TreeSet<String>> members = new TreeMap<>();
        groupOf.forEach((wallet, group) -> members.computeIfAbsent(group, g -> new TreeSet<>()).add(wallet.value()));
        Map<String, List<WalletAddress>> out = new TreeMap<>();
        members.forEach((group, wallets) -> out.put(group, wallets.stream().map(WalletAddress::new).toList()));
        return out;
    }
}
