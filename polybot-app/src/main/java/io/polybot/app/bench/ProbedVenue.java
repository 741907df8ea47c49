package io.polybot.app.bench;

import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderHash;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.signal.SignalId;
import io.polybot.execution.venue.CancelAllResult;
import io.polybot.execution.venue.MarketChannelSource;
import io.polybot.execution.venue.PolymarketVenue;
import io.polybot.execution.venue.SubmitOutcome;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueEvent;
import io.polybot.execution.venue.VenueEvents;
import io.polybot.execution.venue.VenueLedger;

import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * The Polymarket venue with a stopwatch at its mouth: the moment each order is handed to the HTTP
 * client (signed already; what is left is the JSON body, the HMAC headers and the write), per signal.
 */
final class ProbedVenue implements Venue, VenueEvents, VenueLedger, MarketChannelSource {
    private final PolymarketVenue venue;
    final Map<SignalId, Instant> sentAt = new ConcurrentHashMap<>();
    /** Told of each order as it goes out, on the sending thread: the harness takes its trade's times then, while it still has them. */
    volatile java.util.function.BiConsumer<SignalId, Instant> onSent = (signal, at) -> { };
    /** How long the venue took to answer each order (its round trip and matching): time the execution thread waits, after the wire. */
    final Queue<Long> answeredAfterMicros = new ConcurrentLinkedQueue<>();

    ProbedVenue(PolymarketVenue venue) { this.venue = venue; }

    @Override public SubmitOutcome submit(PreparedOrder order) {
        Instant now = Instant.now();
        if (sentAt.putIfAbsent(order.intent().signalId(), now) == null) onSent.accept(order.intent().signalId(), now);
        long start = System.nanoTime();
        try {
            return venue.submit(order);
        } finally {
            answeredAfterMicros.add((System.nanoTime() - start) / 1_000);
        }
    }

    @Override public OrderBookSnapshot book(Market market, TokenId token) { return venue.book(market, token); }

    @Override public PreparedOrder prepare(OrderIntent intent, Market market, Instant createdAt) { return venue.prepare(intent, market, createdAt); }

    @Override public CancelAllResult cancelAll() { return venue.cancelAll(); }

    @Override public void start(Consumer<VenueEvent> sink, Runnable onGap) { venue.start(sink, onGap); }

    @Override public boolean connected() { return venue.connected(); }

    @Override public void close() { venue.close(); }

    @Override public Optional<VenueEvent.OrderUpdate> order(OrderHash hash) { return venue.order(hash); }

    @Override public List<VenueEvent.OrderUpdate> openOrders() { return venue.openOrders(); }

    @Override public List<VenueEvent.TradeReport> trades(Collection<TokenId> tokens) { return venue.trades(tokens); }

    @Override public Map<TokenId, Size> tokenBalances(Collection<TokenId> tokens) { return venue.tokenBalances(tokens); }

    @Override public Usd collateral() { return venue.collateral(); }

    @Override public Optional<URI> marketChannel() { return venue.marketChannel(); }
}
