package io.polybot.execution.book;

import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.time.SimulatedClock;
import io.polybot.execution.ExecutionFixtures;
import io.polybot.execution.FakeVenue;
import io.polybot.polymarket.market.Book;
import io.polybot.polymarket.market.BookLevel;
import io.polybot.polymarket.market.LevelChange;
import io.polybot.polymarket.market.LocalOrderBooks;
import io.polybot.polymarket.market.PriceChange;
import io.polybot.polymarket.order.OrderSide;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The local book (market channel snapshot plus deltas) stands in for REST while it is live and fresh, and only then. */
class BookSourceTest {
    static final String YES = ExecutionFixtures.YES.value();
    final SimulatedClock clock = new SimulatedClock(ExecutionFixtures.NOW);
    final FakeVenue venue = new FakeVenue();
    final List<Set<String>> subscribed = new CopyOnWriteArrayList<>();
    final List<String> resyncs = new CopyOnWriteArrayList<>();
    final StreamedBooks streamed = StreamedBooks.fedBy(new LocalOrderBooks(i -> resyncs.add(i.assetId())), subscribed::add);
    final BookSource books = new BookSource(Optional.of(streamed), venue, () -> Duration.ofSeconds(30), clock);
    final Market market = ExecutionFixtures.market(MarketStatus.OPEN, "event-a");

    BookSourceTest() {
        venue.book = ExecutionFixtures.asks(ExecutionFixtures.NOW, "0.70", "5");
    }

    static Book snapshot(Instant at) {
        return new Book(ExecutionFixtures.MARKET.value(), YES, at, List.of(BookLevel.of("0.48", "500")),
                List.of(BookLevel.of("0.50", "100"), BookLevel.of("0.52", "200")), null, null, null, null, null);
    }

    static PriceChange delta(Instant at, OrderSide side, String price, String size, String bestBid, String bestAsk) {
        return new PriceChange(ExecutionFixtures.MARKET.value(), at, List.of(new LevelChange(YES, side, new BigDecimal(price),
                new BigDecimal(size), null, new BigDecimal(bestBid), new BigDecimal(bestAsk))), PriceChange.Format.CURRENT);
    }

    @Test void withoutALocalBookItReadsTheVenueAndSubscribesTheTokenOnce() {
        assertThat(books.book(market, ExecutionFixtures.YES)).isSameAs(venue.book);
        assertThat(books.book(market, ExecutionFixtures.YES)).isSameAs(venue.book);

        assertThat(subscribed).containsExactly(Set.of(YES));
        assertThat(books.venueReads()).isEqualTo(2);
        assertThat(books.localReads()).isZero();
    }

    @Test void aSnapshotPlusDeltasIsTheBookRiskSees() {
        streamed.apply(snapshot(clock.now().minusSeconds(2)));
        // The best ask at 0.50 is taken, and 50 shares join at 0.51.
        streamed.apply(delta(clock.now().minusSeconds(1), OrderSide.SELL, "0.50", "0", "0.48", "0.52"));
        streamed.apply(delta(clock.now().minusSeconds(1), OrderSide.SELL, "0.51", "50", "0.48", "0.51"));

        var book = books.book(market, ExecutionFixtures.YES);

        assertThat(book.asks()).extracting(l -> l.price().value().toPlainString(), l -> l.size().shares().toPlainString())
                .containsExactly(tuple("0.51", "50"), tuple("0.52", "200"));
        assertThat(book.bestBid()).contains(Price.of("0.48"));
        assertThat(book.eventTime()).isEqualTo(clock.now().minusSeconds(1));
        assertThat(book.tickSize()).isEqualByComparingTo(market.tickSize());
        assertThat(book.depthUpTo(Side.BUY, Price.of("0.52"))).isEqualTo(Size.of("250"));
        assertThat(books.localReads()).isEqualTo(1);
        assertThat(books.venueReads()).isZero();
    }

    @Test void aLocalBookOlderThanTheMaxBookAgeIsReplacedByTheVenuesBook() {
        streamed.apply(snapshot(clock.now()));
        clock.advance(Duration.ofSeconds(30));
        assertThat(books.book(market, ExecutionFixtures.YES).asks()).first().satisfies(l -> assertThat(l.price()).isEqualTo(Price.of("0.50")));

        clock.advance(Duration.ofMillis(1));
        assertThat(books.book(market, ExecutionFixtures.YES)).isSameAs(venue.book);
        assertThat(books.venueReads()).isEqualTo(1);
    }

    @Test void anInconsistentLocalBookIsNotUsedUntilANewSnapshot() {
        streamed.apply(snapshot(clock.now()));
        // The venue says the best ask is 0.55; ours is 0.50: the book asks for a re-sync and is not live.
        streamed.apply(delta(clock.now(), OrderSide.SELL, "0.52", "10", "0.48", "0.55"));

        assertThat(resyncs).containsExactly(YES);
        assertThat(books.book(market, ExecutionFixtures.YES)).isSameAs(venue.book);

        streamed.apply(snapshot(clock.now()));
        assertThat(books.book(market, ExecutionFixtures.YES)).isNotSameAs(venue.book);
    }

    @Test void aDeltaBeforeAnySnapshotGivesNoLocalBook() {
        streamed.apply(delta(clock.now(), OrderSide.SELL, "0.50", "10", "0.48", "0.50"));

        assertThat(books.book(market, ExecutionFixtures.YES)).isSameAs(venue.book);
    }
}
