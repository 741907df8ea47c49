package io.polybot.strategy.intelligence.linking;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds wallets that act as one trader: synchronised trading beyond chance, or a shared funder.
 *
 * <p><b>Synchronised.</b> In each series (token, side), two wallets' trades at most Δ apart are a
 * co-trade (each trade of one wallet counts once per partner). If the wallets were independent,
 * with n_a and n_b trades spread over a series spanning T, about n_a·n_b·min(1, 2Δ/T)
 * coincidences would occur; summing over their common series gives λ. A pair is linked when it
 * has at least the minimum co-trades, in at least the minimum number of markets, and P(X ≥ observed)
 * under Poisson(λ) is at most the limit, so two busy wallets in one hot market are not linked merely
 * for being busy. The market count matters because the Poisson model assumes random times: two bots
 * on the same clock (every 10 minutes, on the hour) in the same market coincide at every beat while
 * their phases are close, which is a shared schedule, not a shared owner.
 *
 * <p><b>Funding.</b> Wallets first funded by the same address are linked when they also traded
 * together more than chance allows at a looser level ({@code corroboratingPValue}), unless that
 * funder funded more wallets than a person plausibly owns. A shared funder alone is weak evidence:
 * exchange hot wallets fund unrelated customers, and in a small sample one funds only a few.
 *
 * <p>Links are joined transitively (union-find).
 */
public final class LinkedWalletDetector {
    private final LinkingConfig config;

    public LinkedWalletDetector(LinkingConfig config) { this.config = config; }

    private record Series(TokenId token, Side side) {}

    private record Pair(WalletAddress first, WalletAddress second) {
        static Pair of(WalletAddress a, WalletAddress b) { return a.value().compareTo(b.value()) < 0 ? new Pair(a, b) : new Pair(b, a); }
    }

    public LinkedGroups detect(List<WalletTrade> trades, List<FundingEdge> funding) {
        UnionFind sets = new UnionFind();
        List<WalletLink> links = new ArrayList<>();
        Map<Pair, Double> pValues = new HashMap<>();
        synchronisedLinks(trades, links, pValues);
        fundingLinks(funding, links, pValues);
        links.forEach(link -> sets.union(link.first(), link.second()));
        return new LinkedGroups(sets.groups(), links);
    }

    private void synchronisedLinks(List<WalletTrade> trades, List<WalletLink> out, Map<Pair, Double> pValues) {
        long window = config.syncWindow().toMillis();
        Map<Series, List<WalletTrade>> bySeries = new HashMap<>();
        for (WalletTrade trade : trades) bySeries.computeIfAbsent(new Series(trade.token(), trade.side()), s -> new ArrayList<>()).add(trade);
        Map<Pair, Integer> coTrades = new TreeMap<>(Comparator.comparing((Pair p) -> p.first().value()).thenComparing(p -> p.second().value()));
        Map<Pair, Set<ConditionId>> coMarkets = new HashMap<>();
        Map<Series, Map<WalletAddress, Integer>> counts = new HashMap<>();
        Map<Series, Long> spans = new HashMap<>();
        for (var entry : bySeries.entrySet()) {
            List<WalletTrade> series = entry.getValue();
            series.sort(Comparator.comparing(WalletTrade::eventTime));
            Map<WalletAddress, Integer> perWallet = new HashMap<>();
            for (WalletTrade trade : series) perWallet.merge(trade.wallet(), 1, Integer::sum);
            counts.put(entry.getKey(), perWallet);
            spans.put(entry.getKey(), series.getLast().eventTime().toEpochMilli() - series.getFirst().eventTime().toEpochMilli());
            if (perWallet.size() < 2) continue;
            for (int i = 0; i < series.size(); i++) {
                WalletTrade trade = series.get(i);
                Set<WalletAddress> partners = new HashSet<>();
                for (int j = i + 1; j < series.size(); j++) {
                    WalletTrade other = series.get(j);
                    if (other.eventTime().toEpochMilli() - trade.eventTime().toEpochMilli() > window) break;
                    if (!other.wallet().equals(trade.wallet()) && partners.add(other.wallet())) {
                        Pair pair = Pair.of(trade.wallet(), other.wallet());
                        coTrades.merge(pair, 1, Integer::sum);
                        coMarkets.computeIfAbsent(pair, p -> new HashSet<>()).add(trade.market());
                    }
                }
            }
        }
        coTrades.forEach((pair, observed) -> {
            if (observed < config.minimumSynchronised() || coMarkets.get(pair).size() < config.minimumMarkets()) return;
            double expected = 0;
            for (var entry : counts.entrySet()) {
                Integer a = entry.getValue().get(pair.first()), b = entry.getValue().get(pair.second());
                if (a == null || b == null) continue;
                long span = spans.get(entry.getKey());
                expected += (double) a * b * (span == 0 ? 1 : Math.min(1, 2.0 * window / span));
            }
            double p = poissonTail(observed, expected);
            pValues.put(pair, p);
            if (p <= config.maxPValue())
                out.add(new WalletLink(pair.first(), pair.second(), WalletLink.Reason.SYNCHRONISED_TRADING, observed, expected, p, null));
        });
    }

    private void fundingLinks(List<FundingEdge> funding, List<WalletLink> out, Map<Pair, Double> pValues) {
        Map<WalletAddress, Set<WalletAddress>> funded = new TreeMap<>(Comparator.comparing(WalletAddress::value));
        for (FundingEdge edge : funding) funded.computeIfAbsent(edge.funder(), f -> new HashSet<>()).add(edge.funded());
        funded.forEach((funder, wallets) -> {
            if (wallets.size() < 2 || wallets.size() > config.maxWalletsPerFunder()) return;
            List<WalletAddress> sorted = wallets.stream().sorted(Comparator.comparing(WalletAddress::value)).toList();
            for (int i = 0; i < sorted.size(); i++)
                for (int j = i + 1; j < sorted.size(); j++) {
                    Double p = pValues.get(Pair.of(sorted.get(i), sorted.get(j)));
                    if (p != null && p <= config.corroboratingPValue())
                        out.add(new WalletLink(sorted.get(i), sorted.get(j), WalletLink.Reason.SHARED_FUNDING, 0, 0, p, funder));
                }
        });
    }

    /** P(X ≥ k) for X ~ Poisson(λ): 1 − Σ_{i<k} e^−λ λ^i / i!. */
    static double poissonTail(int k, double lambda) {
        if (lambda <= 0) return k <= 0 ? 1 : 0;
        double term = Math.exp(-lambda), below = 0;
        for (int i = 0; i < k; i++) {
            below += term;
            term *= lambda / (i + 1);
        }
        return Math.max(0, 1 - below);
    }
}
