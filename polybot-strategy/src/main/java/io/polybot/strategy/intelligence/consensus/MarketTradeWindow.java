package io.polybot.strategy.intelligence.consensus;

import io.polybot.core.market.ConditionId;
import io.polybot.core.wallet.WalletTrade;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The recent trades of the wallets we watch, per market, for consensus checks. Trades older than
 * the window are dropped as new ones arrive. Single writer: the strategy's consumer thread.
 */
public final class MarketTradeWindow {
    private final java.util.function.Supplier<Duration> window;
    private final Predicate<WalletTrade> watched;
    private final Map<ConditionId, ArrayDeque<WalletTrade>> byMarket = new HashMap<>();

    /** @param watched which trades to keep (e.g. those of basket wallets) */
    public MarketTradeWindow(Duration window, Predicate<WalletTrade> watched) {
        this(() -> window, watched);
    }

    /** @param window the current window, which may change while running (an operator's change) */
    public MarketTradeWindow(java.util.function.Supplier<Duration> window, Predicate<WalletTrade> watched) {
        this.window = window;
        this.watched = watched;
    }

    /**
     * Keeps the trade if watched; returns whether it was kept (a redelivered trade, same id, is kept once
     * but still answers true, so its consumer can re-emit what it caused). Trades may arrive slightly out of order.
     */
    public boolean add(WalletTrade trade) {
        if (!watched.test(trade)) return false;
        ArrayDeque<WalletTrade> trades = byMarket.computeIfAbsent(trade.market(), market -> new ArrayDeque<>());
        for (WalletTrade kept : trades) if (kept.id().equals(trade.id())) return true;
        trades.addLast(trade);
        evict(trades, trade.eventTime());
        return true;
    }

    /** The kept trades of the market, oldest first as received, within the window ending {@code now}. */
    public List<WalletTrade> trades(ConditionId market, Instant now) {
        ArrayDeque<WalletTrade> trades = byMarket.get(market);
        if (trades == null) return List.of();
        evict(trades, now);
        Instant start = now.minus(window.get());
        // Eviction only trims the head; a late trade behind newer ones is filtered here.
        return trades.stream().filter(t -> t.eventTime().isAfter(start) && !t.eventTime().isAfter(now)).toList();
    }

    private void evict(ArrayDeque<WalletTrade> trades, Instant now) {
        Instant start = now.minus(window.get());
        while (!trades.isEmpty() && !trades.peekFirst().eventTime().isAfter(start)) trades.pollFirst();
    }
}
