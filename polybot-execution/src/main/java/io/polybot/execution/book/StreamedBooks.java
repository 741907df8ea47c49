package io.polybot.execution.book;

import io.polybot.core.market.BookLevel;
import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.polymarket.market.LocalOrderBook;
import io.polybot.polymarket.market.LocalOrderBooks;
import io.polybot.polymarket.market.MarketChannelClient;
import io.polybot.polymarket.market.MarketChannelListener;
import io.polybot.polymarket.market.MarketConnectionEvent;
import io.polybot.polymarket.market.MarketMessage;
import io.polybot.polymarket.market.OrderBookView;
import io.polybot.polymarket.ws.ConnectionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Local order books kept by the CLOB market channel (snapshot plus deltas, checked after every
 * delta by the SDK's {@link LocalOrderBook}), for the tokens execution has asked about. A token is
 * subscribed on its first request ({@link #watch}); until its snapshot arrives, and whenever the
 * book is inconsistent or its connection dropped, {@link #snapshot} is empty and the caller reads
 * the book over REST.
 */
public final class StreamedBooks implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StreamedBooks.class);

    private final LocalOrderBooks books;
    private final Consumer<Set<String>> subscribe;
    private final AutoCloseable feed;
    private final Runnable starter;
    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    /** Each token's last snapshot and the view it was made from: signals between two book updates share it. */
    private final Map<String, Made> made = new ConcurrentHashMap<>();

    private record Made(OrderBookView view, Market market, OrderBookSnapshot snapshot) {}

    /** Books fed by the market channel at {@code uri} ({@code …/ws/market}); call {@link #start()}. */
    public static StreamedBooks marketChannel(URI uri) {
        var holder = new MarketChannelClient[1];
        var books = new LocalOrderBooks(inconsistency -> {
            MarketChannelClient client = holder[0];
            // A multi-asset price_change also reaches books of tokens not subscribed (the other outcome): those wait, quietly,
            // until they are watched and their snapshot comes.
            if (client != null && client.resync(inconsistency.assetId()))
                log.info("local book of {} is inconsistent ({}): asked the market channel for a new snapshot", inconsistency.assetId(),
                        inconsistency.kind());
        });
        var client = new MarketChannelClient(uri, new Listener(books));
        holder[0] = client;
        return new StreamedBooks(books, client::subscribe, client, client::start);
    }

    /** Books fed by hand ({@link #apply}): tests, and feeds other than the market channel. */
    public static StreamedBooks fedBy(LocalOrderBooks books, Consumer<Set<String>> subscribe) {
        return new StreamedBooks(books, subscribe, () -> { }, () -> { });
    }

    private StreamedBooks(LocalOrderBooks books, Consumer<Set<String>> subscribe, AutoCloseable feed, Runnable starter) {
        this.books = books;
        this.subscribe = subscribe;
        this.feed = feed;
        this.starter = starter;
    }

    public void start() { starter.run(); }

    /** Subscribes the token's book if it is not yet watched; its snapshot follows on the feed. */
    public void watch(TokenId token) {
        if (watched.add(token.value())) subscribe.accept(Set.of(token.value()));
    }

    /** One message of the feed (the market channel's listener calls this). */
    public void apply(MarketMessage message) { books.apply(message); }

    /**
     * The token's local book as a snapshot (its time: the venue time of the last update applied),
     * or empty when there is no live book: never received, waiting for a new snapshot, or unusable.
     */
    public Optional<OrderBookSnapshot> snapshot(Market market, TokenId token) {
        Optional<LocalOrderBook> local = books.get(token.value());
        if (local.isEmpty()) return Optional.empty();
        OrderBookView view = local.get().view();
        if (!view.live() || view.updatedAt() == null) return Optional.empty();
        Made last = made.get(token.value());
        if (last != null && last.view() == view && last.market() == market) return Optional.of(last.snapshot());
        try {
            OrderBookSnapshot snapshot = new OrderBookSnapshot(market.conditionId(), token, levels(view.bids()), levels(view.asks()),
                    market.tickSize(), market.minOrderSize(), view.updatedAt());
            made.put(token.value(), new Made(view, market, snapshot));
            return Optional.of(snapshot);
        } catch (IllegalArgumentException e) {
            // A level our records refuse (a price outside (0, 1)): not a book to trade on; REST decides.
            log.warn("local book of {} is unusable: {}", token, e.getMessage());
            return Optional.empty();
        }
    }

    private static List<BookLevel> levels(List<io.polybot.polymarket.market.BookLevel> levels) {
        List<BookLevel> out = new ArrayList<>(levels.size());
        for (var l : levels) if (l.size().signum() > 0) out.add(new BookLevel(new Price(l.price()), new Size(l.size())));
        return out;
    }

    @Override public void close() {
        try {
            feed.close();
        } catch (Exception e) {
            log.warn("closing the market channel failed: {}", e.toString());
        }
    }

    /**
     * Feeds the books. A dropped or silent connection makes its books wait for a snapshot, which the
     * reconnect's subscription brings (the following Gap needs nothing more: the snapshot replaces the book).
     */
    private record Listener(LocalOrderBooks books) implements MarketChannelListener {
        @Override public void onMessage(MarketMessage message, Instant receivedAt) { books.apply(message); }

        @Override public void onConnectionEvent(MarketConnectionEvent event) {
            if (event.event() instanceof ConnectionEvent.Disconnected || event.event() instanceof ConnectionEvent.Stale)
                books.invalidate(event.assetIds());
        }
    }
}
