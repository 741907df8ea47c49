package io.polybot.execution.book;

import io.polybot.core.market.Market;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.time.Clock;
import io.polybot.execution.venue.Venue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Where execution reads a book for a risk decision: the local book streamed by the market channel
 * when it is live and no older than risk's max book age, else the venue's REST book (which may throw
 * {@link io.polybot.execution.venue.VenueException}, as before). Every token read here is watched, so
 * the second signal in a market finds its book in memory. The freshness bar is risk's own: a local
 * book the staleness check would deny is never used while a fresh one can be fetched.
 */
public final class BookSource implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BookSource.class);

    private final Optional<StreamedBooks> streamed;
    private final Venue venue;
    private final Supplier<Duration> maxBookAge;
    private final Clock clock;
    private final AtomicLong local = new AtomicLong();
    private final AtomicLong fetched = new AtomicLong();

    /** @param streamed the market channel's books; empty reads every book from the venue */
    public BookSource(Optional<StreamedBooks> streamed, Venue venue, Supplier<Duration> maxBookAge, Clock clock) {
        this.streamed = streamed;
        this.venue = venue;
        this.maxBookAge = maxBookAge;
        this.clock = clock;
    }

    /** Reads every book from the venue: no streamed books. */
    public static BookSource venueOnly(Venue venue, Clock clock) {
        return new BookSource(Optional.empty(), venue, () -> Duration.ZERO, clock);
    }

    public void start() { streamed.ifPresent(StreamedBooks::start); }

    public OrderBookSnapshot book(Market market, TokenId token) {
        if (streamed.isPresent()) {
            StreamedBooks books = streamed.get();
            Optional<OrderBookSnapshot> snapshot = books.snapshot(market, token);
            if (snapshot.isPresent() && !Duration.between(snapshot.get().eventTime(), clock.now()).minus(maxBookAge.get()).isPositive()) {
                local.incrementAndGet();
                return snapshot.get();
            }
            books.watch(token);
        }
        fetched.incrementAndGet();
        return venue.book(market, token);
    }

    /** Books served from memory so far. */
    public long localReads() { return local.get(); }

    /** Books read from the venue so far (no live local book, or one too old). */
    public long venueReads() { return fetched.get(); }

    @Override public void close() {
        streamed.ifPresent(StreamedBooks::close);
        if (streamed.isPresent()) log.info("order books read: {} from the market channel's local books, {} over REST", localReads(), venueReads());
    }
}
