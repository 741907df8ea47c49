package io.polybot.strategy.intelligence.consensus;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds the automatic baskets: one per market category, holding the eligible (whitelisted)
 * wallets that put at least {@code minimumShare} of their notional into that category. A
 * wallet can sit in several baskets; a category with fewer than {@code minimumWallets} gets none.
 */
public final class BasketBuilder {
    private BasketBuilder() {}

    public static List<Basket> byCategory(Map<WalletAddress, List<WalletTrade>> tradesOfEligible, Function<ConditionId, Market> markets,
                                          BigDecimal minimumShare, int minimumWallets) {
        Map<String, Set<WalletAddress>> members = new TreeMap<>();
        tradesOfEligible.forEach((wallet, trades) -> {
            Map<String, BigDecimal> byCategory = new HashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (WalletTrade trade : trades) {
                Market market = markets.apply(trade.market());
                if (market == null || market.category() == null || market.category().isBlank()) continue;
                byCategory.merge(market.category().toLowerCase(Locale.ROOT), trade.notional().amount(), BigDecimal::add);
                total = total.add(trade.notional().amount());
            }
            BigDecimal floor = total.multiply(minimumShare);
            byCategory.forEach((category, notional) -> {
                if (notional.signum() > 0 && notional.compareTo(floor) >= 0) members.computeIfAbsent(category, c -> new HashSet<>()).add(wallet);
            });
        });
        return members.entrySet().stream()
                .filter(entry -> entry.getValue().size() >= minimumWallets)
                .map(entry -> new Basket("category:" + entry.getKey(), entry.getKey(), entry.getValue(), Basket.Source.CATEGORY))
                .toList();
    }

    /** A user's basket over any category. */
    public static Basket userDefined(String name, Collection<WalletAddress> wallets) {
        return new Basket(name, null, Set.copyOf(wallets), Basket.Source.USER);
    }
}
