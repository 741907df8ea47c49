package io.polybot.execution;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderHash;
import io.polybot.execution.venue.VenueEvent;
import io.polybot.execution.venue.VenueEvents;
import io.polybot.execution.venue.VenueLedger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The venue's records and push feed for tests: orders, trades and balances set by the test; events pushed by it. */
public final class FakeLedger implements VenueLedger, VenueEvents {
    public final Map<OrderHash, VenueEvent.OrderUpdate> orders = new ConcurrentHashMap<>();
    public final List<VenueEvent.TradeReport> trades = new CopyOnWriteArrayList<>();
    public final Map<TokenId, Size> balances = new ConcurrentHashMap<>();
    public volatile boolean connected = true;
    /** The open-order list was read before these orders reached the venue (another writer placed them meanwhile). */
    public final java.util.Set<OrderHash> missingFromOpenList = ConcurrentHashMap.newKeySet();
    private volatile Consumer<VenueEvent> sink;
    /** Runs at every read of the venue's records (open orders, trades, balances): a test looks at what is held meanwhile. */
    public volatile Runnable onRead = () -> { };

    /** Pushes an event as the user channel would. */
    public void push(VenueEvent event) { sink.accept(event); }

    @Override public void start(Consumer<VenueEvent> sink, Runnable onGap) { this.sink = sink; }

    @Override public boolean connected() { return connected; }

    @Override public void close() { }

    @Override public Optional<VenueEvent.OrderUpdate> order(OrderHash hash) { return Optional.ofNullable(orders.get(hash)); }

    @Override public List<VenueEvent.OrderUpdate> openOrders() {
        onRead.run();
        return orders.values().stream().filter(o -> o.state() == VenueEvent.VenueOrderState.LIVE)
                .filter(o -> !missingFromOpenList.contains(o.hash())).toList();
    }

    @Override public List<VenueEvent.TradeReport> trades(Collection<TokenId> tokens) {
        onRead.run();
        return new ArrayList<>(trades.stream().filter(t -> tokens.contains(t.token())).toList());
    }

    @Override public Map<TokenId, Size> tokenBalances(Collection<TokenId> tokens) {
        onRead.run();
        Map<TokenId, Size> out = new HashMap<>();
        tokens.forEach(t -> out.put(t, balances.getOrDefault(t, Size.ZERO)));
        return out;
    }

    @Override public Usd collateral() { return Usd.of("1000"); }
}
