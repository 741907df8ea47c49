package io.polybot.strategy.intelligence.run;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.repo.MarketRepository;
import io.polybot.store.repo.WalletTradeRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every wallet's trades, the markets and the maker flags, read from the store once per run and
 * held in memory (a scoring pass touches each trade several times).
 *
 * @param makerIds     ids of trades known to be maker fills
 * @param makerKnown   wallets whose trades' maker flags are known (backfilled from the Data API)
 */
public record TradeHistory(Map<WalletAddress, List<WalletTrade>> byWallet, List<WalletTrade> all, Map<ConditionId, Market> markets,
                           Set<String> makerIds, Set<WalletAddress> makerKnown) {

    public static TradeHistory load(WalletTradeRepository trades, MarketRepository markets) {
        List<WalletTrade> all = new ArrayList<>();
        trades.forEach(all::add);
        Map<ConditionId, Market> byId = new HashMap<>();
        for (Market market : markets.all()) byId.put(market.conditionId(), market);
        Set<WalletAddress> known = new java.util.HashSet<>();
        for (String wallet : trades.walletsWithKnownMakerFlag()) known.add(new WalletAddress(wallet));
        return of(all, byId, trades.makerTradeIds(), known);
    }

    public static TradeHistory of(List<WalletTrade> all, Map<ConditionId, Market> markets, Set<String> makerIds, Set<WalletAddress> makerKnown) {
        Map<WalletAddress, List<WalletTrade>> byWallet = new TreeMap<>(java.util.Comparator.comparing(WalletAddress::value));
        for (WalletTrade trade : all) byWallet.computeIfAbsent(trade.wallet(), w -> new ArrayList<>()).add(trade);
        return new TradeHistory(byWallet, all, markets, makerIds, makerKnown);
    }

    /**
     * The history as it was known at {@code cutoff}: trades before it, and markets counted as resolved
     * only if they ended before it (a later result was not known then: no look-ahead).
     */
    public TradeHistory before(Instant cutoff) {
        Predicate<WalletTrade> earlier = t -> t.eventTime().isBefore(cutoff);
        Map<ConditionId, Market> then = new HashMap<>();
        markets.forEach((id, m) -> then.put(id, m.endDate() != null && !m.endDate().isBefore(cutoff) && m.winningToken() != null
                ? m.withStatus(io.polybot.core.market.MarketStatus.CLOSED, null) : m));
        return of(all.stream().filter(earlier).toList(), then, makerIds, makerKnown);
    }

    public Market market(ConditionId id) { return markets.get(id); }
}
