package io.polybot.execution.position;

import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OrderBookSnapshot;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.position.Position;
import io.polybot.core.time.Clock;
import io.polybot.execution.venue.Venue;
import io.polybot.execution.venue.VenueException;
import io.polybot.store.repo.DailyPnl;
import io.polybot.store.repo.DailyPnlRepository;
import io.polybot.store.repo.MarketRepository;
import io.polybot.store.repo.PositionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Marks open positions to market (every 30 s in production) and writes the day's {@code daily_pnl}
 * row: realised PnL (kept by {@link PositionBook} as fills and settlements come), unrealised PnL at
 * the marks, and equity = starting balance + all realised + unrealised. A position is marked at
 * its book's mid, at the one side there is, at the last mark when the book cannot be read, and at
 * 1 or 0 once its market has resolved (the payout it will redeem at).
 */
public final class PositionMarker implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PositionMarker.class);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final PositionRepository positions;
    private final MarketRepository markets;
    private final DailyPnlRepository dailyPnl;
    private final Venue venue;
    private final Supplier<Usd> startingBalance;
    private final Clock clock;
    private final Map<TokenId, BigDecimal> lastMarks = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    public PositionMarker(PositionRepository positions, MarketRepository markets, DailyPnlRepository dailyPnl, Venue venue,
                          Supplier<Usd> startingBalance, Clock clock) {
        this.positions = positions;
        this.markets = markets;
        this.dailyPnl = dailyPnl;
        this.venue = venue;
        this.startingBalance = startingBalance;
        this.clock = clock;
    }

    public void start(Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("position-marker").factory());
        timer.scheduleWithFixedDelay(() -> {
            try {
                mark();
            } catch (RuntimeException e) {
                log.warn("marking failed: {}", e.toString());
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Marks every open position now and upserts today's daily_pnl row. */
    public PortfolioMark mark() {
        List<Position> all = positions.all();
        Map<TokenId, BigDecimal> prices = new HashMap<>();
        Usd unrealised = Usd.ZERO;
        Usd realised = Usd.ZERO;
        for (Position p : all) {
            realised = realised.plus(p.realizedPnl());
            if (p.size().isZero()) continue;
            BigDecimal price = price(p);
            prices.put(p.token(), price);
            unrealised = unrealised.plus(p.unrealizedPnl(price));
        }
        Usd equity = startingBalance.get().plus(realised).plus(unrealised);
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        Usd realisedToday = dailyPnl.between(today, today).stream().findFirst().map(DailyPnl::realizedPnl).orElse(Usd.ZERO);
        dailyPnl.upsert(new DailyPnl(today, realisedToday, unrealised, equity, clock.now()));
        return new PortfolioMark(clock.now(), prices, unrealised, realised, equity);
    }

    private BigDecimal price(Position p) {
        Optional<Market> market = markets.findByToken(p.token());
        if (market.isPresent() && market.get().status() == MarketStatus.RESOLVED && market.get().winningToken() != null)
            return market.get().winningToken().equals(p.token()) ? BigDecimal.ONE : BigDecimal.ZERO;
        Optional<BigDecimal> mid = market.flatMap(m -> mid(m, p.token()));
        mid.ifPresent(m -> lastMarks.put(p.token(), m));
        return mid.or(() -> Optional.ofNullable(lastMarks.get(p.token()))).orElse(p.averageEntry());
    }

    private Optional<BigDecimal> mid(Market market, TokenId token) {
        OrderBookSnapshot book;
        try {
            book = venue.book(market, token);
        } catch (VenueException e) {
            log.debug("no book for {}: {}", token, e.getMessage());
            return Optional.empty();
        }
        Optional<BigDecimal> bid = book.bestBid().map(Price::value);
        Optional<BigDecimal> ask = book.bestAsk().map(Price::value);
        if (bid.isPresent() && ask.isPresent()) return Optional.of(bid.get().add(ask.get()).divide(TWO));
        return bid.or(() -> ask);
    }

    @Override public void close() {
        if (timer != null) timer.shutdownNow();
    }
}
