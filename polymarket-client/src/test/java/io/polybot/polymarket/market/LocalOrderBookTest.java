package io.polybot.polymarket.market;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.polymarket.order.OrderSide;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalOrderBookTest {
    private final List<BookInconsistency> resyncs = new ArrayList<>();
    private final LocalOrderBook book = new LocalOrderBook("A", resyncs::add);

    private static Book snapshot(long ms) {
        return new Book("0xm", "A", Instant.ofEpochMilli(ms),
                List.of(BookLevel.of("0.48", "30"), BookLevel.of("0.49", "20"), BookLevel.of("0.50", "15")),
                List.of(BookLevel.of("0.54", "10"), BookLevel.of("0.53", "60"), BookLevel.of("0.52", "25")),
                null, null, null, null, null);
    }

    private static LevelChange change(OrderSide side, String price, String size, String bestBid, String bestAsk) {
        return new LevelChange("A", side, new BigDecimal(price), new BigDecimal(size), null,
                bestBid == null ? null : new BigDecimal(bestBid), bestAsk == null ? null : new BigDecimal(bestAsk));
    }

    private static PriceChange delta(long ms, LevelChange... changes) {
        return new PriceChange("0xm", Instant.ofEpochMilli(ms), List.of(changes), PriceChange.Format.CURRENT);
    }

    @Test
    void appliesDeltasAsNewTotalsAndZeroRemovesALevel() {
        assertThat(book.apply(snapshot(1000))).isEqualTo(LocalOrderBook.Outcome.APPLIED);
        assertThat(book.apply(delta(1001, change(OrderSide.BUY, "0.50", "40", "0.5", "0.52")))).isEqualTo(LocalOrderBook.Outcome.APPLIED);
        assertThat(book.apply(delta(1002, change(OrderSide.SELL, "0.52", "0", "0.5", "0.53")))).isEqualTo(LocalOrderBook.Outcome.APPLIED);
        assertThat(book.apply(delta(1003, change(OrderSide.BUY, "0.51", "5", "0.51", "0.53")))).isEqualTo(LocalOrderBook.Outcome.APPLIED);

        OrderBookView v = book.view();
        assertThat(v.bids()).containsExactly(BookLevel.of("0.51", "5"), BookLevel.of("0.5", "40"), BookLevel.of("0.49", "20"),
                BookLevel.of("0.48", "30"));
        assertThat(v.asks()).containsExactly(BookLevel.of("0.53", "60"), BookLevel.of("0.54", "10"));
        assertThat(v.updatedAt()).isEqualTo(Instant.ofEpochMilli(1003));
        assertThat(v.live()).isTrue();
        assertThat(resyncs).isEmpty();
    }

    @Test
    void readersBetweenTwoChangesShareOneViewAndAChangeMakesANewOne() {
        book.apply(snapshot(1000));
        OrderBookView first = book.view();
        assertThat(book.view()).isSameAs(first);

        book.apply(delta(1001, change(OrderSide.BUY, "0.50", "40", "0.5", "0.52")));
        OrderBookView second = book.view();
        assertThat(second).isNotSameAs(first);
        assertThat(second.bids().getFirst()).isEqualTo(BookLevel.of("0.5", "40"));
        assertThat(first.bids().getFirst()).isEqualTo(BookLevel.of("0.5", "15"));

        book.invalidate();
        assertThat(book.view().live()).isFalse();
        assertThat(second.live()).isTrue();
    }

    @Test
    void aDeltaBeforeAnySnapshotAsksForOneResyncOnly() {
        assertThat(book.apply(delta(1, change(OrderSide.BUY, "0.5", "1", null, null)))).isEqualTo(LocalOrderBook.Outcome.RESYNC_REQUESTED);
        assertThat(book.apply(delta(2, change(OrderSide.BUY, "0.5", "2", null, null)))).isEqualTo(LocalOrderBook.Outcome.AWAITING_SNAPSHOT);
        assertThat(resyncs).extracting(BookInconsistency::kind).containsExactly(BookInconsistency.Kind.DELTA_BEFORE_SNAPSHOT);

        assertThat(book.apply(snapshot(3))).isEqualTo(LocalOrderBook.Outcome.APPLIED);
        assertThat(book.isLive()).isTrue();
    }

    @Test
    void aCrossedBookAsksForAResync() {
        book.apply(snapshot(1000));
        assertThat(book.apply(delta(1001, change(OrderSide.BUY, "0.52", "5", null, null)))).isEqualTo(LocalOrderBook.Outcome.RESYNC_REQUESTED);
        assertThat(resyncs).containsExactly(new BookInconsistency("A", BookInconsistency.Kind.CROSSED_BOOK, "bid 0.52 >= ask 0.52"));
        assertThat(book.isLive()).isFalse();
        assertThat(book.resyncRequests()).isEqualTo(1);
    }

    @Test
    void bestPricesThatDisagreeWithTheVenueAskForAResync() {
        book.apply(snapshot(1000));
        // The venue says the best ask is 0.53: we must have missed the removal of 0.52.
        book.apply(delta(1001, change(OrderSide.BUY, "0.49", "25", "0.5", "0.53")));
        assertThat(resyncs).containsExactly(new BookInconsistency("A", BookInconsistency.Kind.BEST_PRICE_MISMATCH,
                "venue 0.5/0.53, local 0.5/0.52"));
    }

    @Test
    void anEmptySideIsReportedAsZero() {
        book.apply(new Book("0xm", "A", Instant.ofEpochMilli(1), List.of(BookLevel.of("0.4", "1")), List.of(), null, null, null, null, null));
        assertThat(book.apply(delta(2, change(OrderSide.BUY, "0.4", "0", "0", "0")))).isEqualTo(LocalOrderBook.Outcome.APPLIED);
        assertThat(book.view().bids()).isEmpty();
    }

    @Test
    void aHashMismatchAsksForAResyncWhenAHasherIsGiven() {
        LocalOrderBook hashed = new LocalOrderBook("A", resyncs::add, v -> "bids=" + v.bids().size());
        hashed.apply(snapshot(1000));
        var good = new LevelChange("A", OrderSide.BUY, new BigDecimal("0.47"), BigDecimal.ONE, "bids=4", null, null);
        assertThat(hashed.apply(delta(1001, good))).isEqualTo(LocalOrderBook.Outcome.APPLIED);
        var bad = new LevelChange("A", OrderSide.BUY, new BigDecimal("0.46"), BigDecimal.ONE, "bids=4", null, null);
        assertThat(hashed.apply(delta(1002, bad))).isEqualTo(LocalOrderBook.Outcome.RESYNC_REQUESTED);
        assertThat(resyncs).extracting(BookInconsistency::kind).containsExactly(BookInconsistency.Kind.HASH_MISMATCH);
    }

    @Test
    void ignoresDeltasOlderThanTheSnapshotAndOtherAssets() {
        book.apply(snapshot(1000));
        assertThat(book.apply(delta(999, change(OrderSide.BUY, "0.51", "5", null, null)))).isEqualTo(LocalOrderBook.Outcome.IGNORED);
        var other = new LevelChange("B", OrderSide.BUY, BigDecimal.ONE, BigDecimal.ONE, null, null, null);
        assertThat(book.apply(delta(1001, other))).isEqualTo(LocalOrderBook.Outcome.IGNORED);
        assertThat(book.view().bestBid()).isEqualTo(BookLevel.of("0.5", "15"));
    }

    @Test
    void anInvalidatedBookWaitsForTheNextSnapshotWithoutAsking() {
        book.apply(snapshot(1000));
        book.invalidate();
        assertThat(book.apply(delta(1001, change(OrderSide.BUY, "0.51", "5", null, null)))).isEqualTo(LocalOrderBook.Outcome.AWAITING_SNAPSHOT);
        assertThat(resyncs).isEmpty();
        book.apply(snapshot(1002));
        assertThat(book.isLive()).isTrue();
    }

    @Test
    void booksRouteAMultiAssetPriceChangeToEachAsset() {
        LocalOrderBooks books = new LocalOrderBooks(resyncs::add);
        books.apply(snapshot(1000));
        books.apply(new Book("0xm", "B", Instant.ofEpochMilli(1000), List.of(BookLevel.of("0.47", "9")), List.of(BookLevel.of("0.5", "9")),
                null, null, null, null, null));
        books.apply(new PriceChange("0xm", Instant.ofEpochMilli(1001), List.of(
                new LevelChange("A", OrderSide.BUY, new BigDecimal("0.51"), BigDecimal.TEN, null, new BigDecimal("0.51"), new BigDecimal("0.52")),
                new LevelChange("B", OrderSide.SELL, new BigDecimal("0.49"), BigDecimal.TEN, null, new BigDecimal("0.47"), new BigDecimal("0.49"))),
                PriceChange.Format.CURRENT));
        assertThat(books.get("A").orElseThrow().view().bestBid()).isEqualTo(BookLevel.of("0.51", "10"));
        assertThat(books.get("B").orElseThrow().view().bestAsk()).isEqualTo(BookLevel.of("0.49", "10"));
        assertThat(resyncs).isEmpty();
        books.invalidate(List.of("A"));
        assertThat(books.get("A").orElseThrow().isLive()).isFalse();
        assertThat(books.get("B").orElseThrow().isLive()).isTrue();
    }
}
