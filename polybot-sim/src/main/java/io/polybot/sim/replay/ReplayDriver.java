package io.polybot.sim.replay;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OrderRequest;
import io.polybot.sim.matching.TokenRules;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.matching.TradeListener;
import io.polybot.sim.resolution.Settlement;
import io.polybot.sim.world.Schedule;
import io.polybot.sim.world.SchedulePlayer;
import io.polybot.sim.world.SimDriver;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.World;
import io.polybot.sim.world.WorldClock;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a world from recorded data: each book snapshot becomes the resting book of one stand-in
 * liquidity account (so outside clients can trade against real depth), each recorded trade is
 * re-emitted on the tape and RTDS at its (shifted) time, and markets resolve to their recorded
 * outcome at their recorded time. At speed X the recording plays X times faster.
 */
public final class ReplayDriver implements SimDriver {
    /** Rests the recorded books; its fills with outside takers are real, its inventory is unlimited. */
    public static final WalletAddress BOOK = new WalletAddress("0x0000000000000000000000000000000000b00c5e");
    private static final BigDecimal BOOK_COLLATERAL = new BigDecimal("1000000000000");
    private static final BigDecimal BOOK_SHARES = new BigDecimal("10000000");

    private final Replay replay;
    private final World world;
    private final MatchingEngine engine;
    private final WorldClock clock;
    private final Settlement settlement;
    private final TradeListener feed;
    private final Schedule schedule = new Schedule();
    private final AtomicLong emitted = new AtomicLong();
    private final SchedulePlayer player;

    /** @param feed where re-emitted trades go (the tape, then RTDS) */
    public ReplayDriver(Replay replay, World world, MatchingEngine engine, WorldClock clock, Settlement settlement, TradeListener feed,
                        double speed) {
        this.replay = replay;
        this.world = world;
        this.engine = engine;
        this.clock = clock;
        this.settlement = settlement;
        this.feed = feed;
        this.player = new SchedulePlayer(schedule, clock, speed, "replay");
    }

    @Override public void open() {
        engine.creditPusd(BOOK, BOOK_COLLATERAL);
        for (SimMarket m : world.markets()) {
            for (OutcomeToken t : m.market().tokens())
                engine.list(new TokenRules(t.tokenId(), m.market().conditionId(), t.outcome(), t.outcomeIndex(), m.market().tickSize(),
                        m.market().minOrderSize()));
            engine.split(BOOK, m.market().tokens().stream().map(OutcomeToken::tokenId).toList(), BOOK_SHARES);
            if (m.resolvesAt().isBefore(world.start().plus(Duration.ofDays(3000))))
                schedule.at(m.resolvesAt(), () -> resolve(m));
        }
        Instant start = world.start();
        for (RecordedBook book : replay.books()) schedule.at(replay.shifted(book.time(), start), () -> rest(book));
        long sequence = 0;
        for (RecordedTrade trade : replay.trades()) {
            long n = ++sequence;
            schedule.at(replay.shifted(trade.time(), start), () -> emit(trade, n));
        }
    }

    private void resolve(SimMarket market) {
        replay.markets().stream().filter(r -> r.conditionId().equals(market.market().conditionId())).findFirst()
                .flatMap(RecordedMarket::winner).ifPresent(winner -> settlement.resolve(market, winner));
    }

    /** The recorded book becomes the stand-in's quotes (a crossed snapshot loses its crossing bids). */
    private void rest(RecordedBook book) {
        if (engine.rules(book.token()).isEmpty()) return;   // resolved meanwhile
        Optional<BigDecimal> bestAsk = book.asks().stream().map(BookDepth.Level::price).findFirst();
        List<OrderRequest> quotes = new ArrayList<>();
        for (BookDepth.Level bid : book.bids())
            if (bestAsk.isEmpty() || bid.price().compareTo(bestAsk.get()) < 0) quotes.add(quote(book.token(), Side.BUY, bid));
        for (BookDepth.Level ask : book.asks()) quotes.add(quote(book.token(), Side.SELL, ask));
        engine.replaceQuotes(BOOK, book.token(), quotes);
    }

    private OrderRequest quote(TokenId token, Side side, BookDepth.Level level) {
        return new OrderRequest(engine.nextOrderId(), BOOK, "", token, side, level.price(), level.size(), TimeInForce.GTC);
    }

    /** A recorded trade as the venue reported it; the counterparty is not in the recording, so the stand-in is named. */
    private void emit(RecordedTrade t, long sequence) {
        Optional<SimMarket> market = world.market(t.market());
        if (market.isEmpty()) return;
        OutcomeToken outcome = market.get().market().token(t.token()).orElse(market.get().yes());
        Instant now = clock.now();
        MakerFill counterparty = new MakerFill("replay-" + sequence, BOOK, "", t.side().opposite(), t.price(), t.size(), t.token());
        String id = "replay-" + sequence;
        feed.onTrade(new Trade(id, sequence, t.market(), t.token(), outcome.outcome(), outcome.outcomeIndex(), t.side(), t.size(),
                t.size().multiply(t.price()), id, t.wallet(), "", List.of(counterparty), now,
                t.transactionHash().isEmpty() ? "0x" + "0".repeat(64) : t.transactionHash(), BigDecimal.ZERO));
        emitted.incrementAndGet();
    }

    /** Recorded trades re-emitted so far. */
    public long emitted() { return emitted.get(); }

    @Override public long runHistory() { return 0; }

    @Override public void start() { player.start(); }

    @Override public long advanceTo(Instant time) { return player.advanceTo(time); }

    /** A replay has no whale to trigger. */
    @Override public Optional<Trade> triggerWhaleTrade() { return Optional.empty(); }

    @Override public void resolveNow(SimMarket market) {
        if (player.live()) player.onThread(() -> { resolve(market); return null; });
        else resolve(market);
    }

    @Override public void close() { player.close(); }
}
