package io.polybot.sim.tape;

import io.polybot.sim.matching.Trade;
import io.polybot.sim.matching.TradeListener;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

/** Every trade the engine executed, newest first, for the Data API and the CLOB's trade history. Bounded. */
public final class TradeTape implements TradeListener {
    private final int capacity;
    private final Deque<Trade> trades = new ArrayDeque<>();

    public TradeTape(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException("capacity must be > 0");
        this.capacity = capacity;
    }

    @Override public synchronized void onTrade(Trade trade) {
        trades.addFirst(trade);
        if (trades.size() > capacity) trades.removeLast();
    }

    /** Matching trades, newest first, skipping {@code offset} and returning at most {@code limit}. */
    public synchronized List<Trade> find(Predicate<Trade> filter, int offset, int limit) {
        List<Trade> out = new ArrayList<>();
        int skipped = 0;
        for (Iterator<Trade> it = trades.iterator(); it.hasNext() && out.size() < limit; ) {
            Trade trade = it.next();
            if (!filter.test(trade)) continue;
            if (skipped++ < offset) continue;
            out.add(trade);
        }
        return out;
    }

    public synchronized int size() { return trades.size(); }
}
