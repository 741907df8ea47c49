package io.polybot.polymarket.market;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The order book of one asset, rebuilt from a {@code book} snapshot plus {@code price_change}
 * deltas (a delta's size is the new total at its level; zero removes the level).
 *
 * <p>It checks itself after every delta: a delta before any snapshot, a crossed book, a
 * best bid/ask that differs from the venue's (current format), or a hash mismatch (only with a
 * {@link BookHasher}) each make it stop applying deltas and ask its {@link BookResync} once for
 * a new snapshot; the next {@link #apply(Book)} makes it live again. A delta older than the
 * snapshot is ignored (the snapshot already contains it).
 *
 * <p>Thread-safe: methods are synchronized; one feed thread writes, anyone may take a {@link
 * #view()}.
 */
public final class LocalOrderBook {
    /** What an update did. */
    public enum Outcome {
        /** The update changed the book. */
        APPLIED,
        /** Nothing for this asset, or older than the snapshot. */
        IGNORED,
        /** Not applied: the book waits for a snapshot already requested. */
        AWAITING_SNAPSHOT,
        /** An inconsistency was found; a re-sync was requested. */
        RESYNC_REQUESTED
    }

    private final String assetId;
    private final BookResync resync;
    private final BookHasher hasher;
    private final NavigableMap<BigDecimal, BigDecimal> bids = new TreeMap<>(Comparator.reverseOrder());
    private final NavigableMap<BigDecimal, BigDecimal> asks = new TreeMap<>();
    private boolean live;
    private boolean resyncPending;
    private Instant snapshotTime;
    private Instant updatedAt;
    private long resyncRequests;
    /** The current view, built on demand and dropped by every change. */
    private OrderBookView view;

    public LocalOrderBook(String assetId, BookResync resync) {
        this(assetId, resync, null);
    }

    /** With {@code hasher} null no hash check is made. */
    public LocalOrderBook(String assetId, BookResync resync, BookHasher hasher) {
        this.assetId = Objects.requireNonNull(assetId, "assetId");
        this.resync = Objects.requireNonNull(resync, "resync");
        this.hasher = hasher;
    }

    public String assetId() {
        return assetId;
    }

    /** Replaces the book with a snapshot (WS {@code book} or REST {@code /book}). */
    public synchronized Outcome apply(Book book) {
        if (!book.assetId().equals(assetId)) return Outcome.IGNORED;
        view = null;
        bids.clear();
        asks.clear();
        for (BookLevel l : book.bids()) if (l.size().signum() > 0) bids.put(l.price(), l.size());
        for (BookLevel l : book.asks()) if (l.size().signum() > 0) asks.put(l.price(), l.size());
        live = true;
        resyncPending = false;
        snapshotTime = book.eventTime();
        updatedAt = book.eventTime();
        if (hasher != null && book.hash() != null) {
            String local = hasher.hash(viewLocked());
            if (!book.hash().equals(local))
                return inconsistent(BookInconsistency.Kind.HASH_MISMATCH, "snapshot hash " + book.hash() + ", local " + local);
        }
        return Outcome.APPLIED;
    }

    /** Applies the changes of {@code message} that concern this asset, then checks the book. */
    public synchronized Outcome apply(PriceChange message) {
        LevelChange last = null;
        for (LevelChange c : message.changes()) if (c.assetId().equals(assetId)) last = c;
        if (last == null) return Outcome.IGNORED;
        if (!live) {
            if (resyncPending) return Outcome.AWAITING_SNAPSHOT;
            return inconsistent(BookInconsistency.Kind.DELTA_BEFORE_SNAPSHOT, "price_change at " + message.eventTime());
        }
        if (snapshotTime != null && message.eventTime() != null && message.eventTime().isBefore(snapshotTime))
            return Outcome.IGNORED;
        for (LevelChange c : message.changes()) {
            if (!c.assetId().equals(assetId)) continue;
            var side = c.side() == OrderSide.BUY ? bids : asks;
            if (c.size().signum() == 0) side.remove(c.price());
            else side.put(c.price(), c.size());
        }
        view = null;
        if (message.eventTime() != null) updatedAt = message.eventTime();
        return check(last);
    }

    /**
     * Marks the book as not live without asking for a snapshot: after a feed gap, when the
     * reconnect's re-subscription brings one anyway.
     */
    public synchronized void invalidate() {
        view = null;
        live = false;
        resyncPending = true;
    }

    public synchronized boolean isLive() {
        return live;
    }

    /** How many times this book asked for a re-sync. */
    public synchronized long resyncRequests() {
        return resyncRequests;
    }

    public synchronized OrderBookView view() {
        return viewLocked();
    }

    private Outcome check(LevelChange last) {
        Map.Entry<BigDecimal, BigDecimal> bestBid = bids.firstEntry();
        Map.Entry<BigDecimal, BigDecimal> bestAsk = asks.firstEntry();
        if (bestBid != null && bestAsk != null && bestBid.getKey().compareTo(bestAsk.getKey()) >= 0)
            return inconsistent(BookInconsistency.Kind.CROSSED_BOOK, "bid " + bestBid.getKey() + " >= ask " + bestAsk.getKey());
        if (last.hasBestPrices()) {
            BigDecimal localBid = bestBid == null ? BigDecimal.ZERO : bestBid.getKey();
            BigDecimal localAsk = bestAsk == null ? BigDecimal.ZERO : bestAsk.getKey();
            if (localBid.compareTo(last.bestBid()) != 0 || localAsk.compareTo(last.bestAsk()) != 0)
                return inconsistent(BookInconsistency.Kind.BEST_PRICE_MISMATCH, "venue " + last.bestBid().toPlainString() + "/"
                        + last.bestAsk().toPlainString() + ", local " + localBid.toPlainString() + "/" + localAsk.toPlainString());
        }
        if (hasher != null && last.hash() != null) {
            String local = hasher.hash(viewLocked());
            if (!last.hash().equals(local))
                return inconsistent(BookInconsistency.Kind.HASH_MISMATCH, "venue hash " + last.hash() + ", local " + local);
        }
        return Outcome.APPLIED;
    }

    private Outcome inconsistent(BookInconsistency.Kind kind, String detail) {
        view = null;
        live = false;
        resyncPending = true;
        resyncRequests++;
        resync.requestResync(new BookInconsistency(assetId, kind, detail));
        return Outcome.RESYNC_REQUESTED;
    }

    /** The same (immutable) view until the book changes: readers between two updates share one copy. */
    private OrderBookView viewLocked() {
        if (view == null) view = new OrderBookView(assetId, levels(bids), levels(asks), updatedAt, live);
        return view;
    }

    private static List<BookLevel> levels(NavigableMap<BigDecimal, BigDecimal> side) {
        List<BookLevel> out = new ArrayList<>(side.size());
        side.forEach((price, size) -> out.add(new BookLevel(price, size)));
        return out;
    }
}
