package io.polybot.polymarket.market;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link LocalOrderBook}s of many assets, fed with every market-channel message: books and
 * price changes are routed by asset (a book is created on its first snapshot or delta), other
 * messages are ignored. Thread-safe.
 */
public final class LocalOrderBooks {
    private final ConcurrentHashMap<String, LocalOrderBook> books = new ConcurrentHashMap<>();
    private final BookResync resync;
    private final BookHasher hasher;

    public LocalOrderBooks(BookResync resync) {
        this(resync, null);
    }

    public LocalOrderBooks(BookResync resync, BookHasher hasher) {
        this.resync = Objects.requireNonNull(resync, "resync");
        this.hasher = hasher;
    }

    public void apply(MarketMessage message) {
        switch (message) {
            case Book b -> book(b.assetId()).apply(b);
            case PriceChange pc -> {
                // A multi-asset message updates each of its assets' books, each once.
                List<String> seen = new ArrayList<>(2);
                for (LevelChange c : pc.changes()) {
                    if (seen.contains(c.assetId())) continue;
                    seen.add(c.assetId());
                    book(c.assetId()).apply(pc);
                }
            }
            default -> { }
        }
    }

    /** Marks these assets' books as waiting for a snapshot (after a feed gap). */
    public void invalidate(Collection<String> assetIds) {
        for (String id : assetIds) {
            LocalOrderBook b = books.get(id);
            if (b != null) b.invalidate();
        }
    }

    public Optional<LocalOrderBook> get(String assetId) {
        return Optional.ofNullable(books.get(assetId));
    }

    public int size() {
        return books.size();
    }

    private LocalOrderBook book(String assetId) {
        return books.computeIfAbsent(assetId, id -> new LocalOrderBook(id, resync, hasher));
    }
}
