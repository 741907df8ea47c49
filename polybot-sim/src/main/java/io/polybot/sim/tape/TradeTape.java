package io.polybot.sim.tape;

import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.matching.TradeListener;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every trade the engine executed, newest first, for the Data API and the CLOB's trade history. Bounded.
 *
 * <p>Also indexed by party (each wallet and API key on either side): an account's history is read
 * from its own trades, not by scanning the whole tape. At a thousand trades a second the tape holds
 * hundreds of thousands, and a reconciler's read of one account's trades, token by token and page
 * by page, used to scan them all while holding the tape, stalling the trades being printed behind it.
 */
public final class TradeTape implements TradeListener {
    /** A trade and when it was taped: the parties' lists are merged back into the tape's order by it. */
    private record Taped(long at, Trade trade) {}

    private static final Deque<Taped> EMPTY = new ArrayDeque<>(0);

    private final int capacity;
    private final Deque<Taped> trades = new ArrayDeque<>();
    private final Map<String, Deque<Taped>> byParty = new HashMap<>();
    private long taped;

    public TradeTape(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException("capacity must be > 0");
        this.capacity = capacity;
    }

    @Override public synchronized void onTrade(Trade trade) {
        Taped entry = new Taped(taped++, trade);
        trades.addFirst(entry);
        for (String party : parties(trade)) byParty.computeIfAbsent(party, p -> new ArrayDeque<>()).addFirst(entry);
        if (trades.size() > capacity) forget(trades.removeLast());
    }

    /** The oldest trade leaves each of its parties' lists too, where it is the oldest as well. */
    private void forget(Taped oldest) {
        for (String party : parties(oldest.trade())) {
            Deque<Taped> list = byParty.get(party);
            if (list == null) continue;
            if (list.peekLast() == oldest) list.removeLast();
            if (list.isEmpty()) byParty.remove(party);
        }
    }

    /** Matching trades, newest first, skipping {@code offset} and returning at most {@code limit}. */
    public synchronized List<Trade> find(Predicate<Trade> filter, int offset, int limit) {
        return take(trades.iterator(), filter, offset, limit);
    }

    /**
     * Like {@link #find}, over the trades with one of {@code wallets} or {@code apiKeys} on either side
     * only: the filter still decides, the parties only narrow what it is asked about.
     */
    public synchronized List<Trade> findInvolving(Collection<WalletAddress> wallets, Collection<String> apiKeys, Predicate<Trade> filter,
                                                  int offset, int limit) {
        Set<String> parties = new LinkedHashSet<>();
        wallets.forEach(w -> parties.add(wallet(w)));
        apiKeys.forEach(k -> parties.add(apiKey(k)));
        // Newest first, each trade once however many of the parties it names.
        NavigableMap<Long, Taped> merged = new TreeMap<>(Comparator.reverseOrder());
        for (String party : parties)
            for (Taped entry : byParty.getOrDefault(party, EMPTY)) merged.put(entry.at(), entry);
        return take(merged.values().iterator(), filter, offset, limit);
    }

    /** {@link #findInvolving} for one wallet. */
    public List<Trade> findInvolving(WalletAddress wallet, Predicate<Trade> filter, int offset, int limit) {
        return findInvolving(List.of(wallet), List.of(), filter, offset, limit);
    }

    private static List<Trade> take(Iterator<Taped> newestFirst, Predicate<Trade> filter, int offset, int limit) {
        List<Trade> out = new ArrayList<>();
        int skipped = 0;
        while (newestFirst.hasNext() && out.size() < limit) {
            Trade trade = newestFirst.next().trade();
            if (!filter.test(trade)) continue;
            if (skipped++ < offset) continue;
            out.add(trade);
        }
        return out;
    }

    public synchronized int size() { return trades.size(); }

    private static Set<String> parties(Trade trade) {
        Set<String> parties = new LinkedHashSet<>();
        parties.add(wallet(trade.taker()));
        if (hasKey(trade.takerOwner())) parties.add(apiKey(trade.takerOwner()));
        for (MakerFill fill : trade.makerFills()) {
            parties.add(wallet(fill.maker()));
            if (hasKey(fill.owner())) parties.add(apiKey(fill.owner()));
        }
        return parties;
    }

    /** Printed and replayed trades name no API key (blank): no one's key lists them. */
    private static boolean hasKey(String owner) { return owner != null && !owner.isBlank(); }

    private static String wallet(WalletAddress address) { return "wallet:" + address.value(); }

    private static String apiKey(String key) { return "key:" + key; }
}
