package io.polybot.execution.position;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Fill;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.core.position.Position;
import io.polybot.core.time.Clock;
import io.polybot.store.repo.DailyPnl;
import io.polybot.store.repo.DailyPnlRepository;
import io.polybot.store.repo.PositionRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies our fills to positions, keeps today's realised PnL, persists both and announces the new
 * position. It is also execution's read model of positions: the store is read once (on first use),
 * then every change made here is written through to the store and kept in memory, so risk reads
 * positions and today's PnL without a query. It can stay current only because it is the one writer
 * of positions and of the realised PnL (execution is single-writer per account); the marker writes
 * only the unrealised part of the day's row.
 */
public final class PositionBook {
    static final String SOURCE = "execution.positions";

    private final PositionRepository positions;
    private final DailyPnlRepository dailyPnl;
    private final MessageBus bus;
    private final Clock clock;
    private final Map<TokenId, Position> held = new ConcurrentHashMap<>();
    private volatile boolean loaded;
    /** Realised PnL of one UTC day, as stored; re-read when the day changes. */
    private volatile DayRealised today;

    private record DayRealised(LocalDate day, Usd realized) {}

    public PositionBook(PositionRepository positions, DailyPnlRepository dailyPnl, MessageBus bus, Clock clock) {
        this.positions = positions;
        this.dailyPnl = dailyPnl;
        this.bus = bus;
        this.clock = clock;
    }

    public synchronized Position apply(Fill fill, String outcome) {
        load();
        Position before = held.getOrDefault(fill.token(), Position.flat(fill.market(), fill.token(), outcome, fill.eventTime()));
        Position after = before.apply(fill);
        positions.upsert(after);
        held.put(after.token(), after);
        recordRealised(after.realizedPnl().minus(before.realizedPnl()), fill);
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, fill.eventTime(), clock.now(), after));
        return after;
    }

    /**
     * Closes a position in a resolved market once its payout is seen (the tokens redeemed, paid
     * at {@code payoutPerShare}: 1 for the winning outcome, 0 for the losing one): the rest of
     * the cost is realised against the payout and the position is flat.
     */
    public synchronized Position settle(TokenId token, BigDecimal payoutPerShare, String why) {
        load();
        Position before = Optional.ofNullable(held.get(token)).orElseThrow(() -> new IllegalArgumentException("no position in " + token));
        Usd payout = new Usd(before.size().shares().multiply(payoutPerShare));
        Usd realised = payout.minus(before.costBasis());
        Position after = new Position(before.market(), token, before.outcome(), Size.ZERO, Usd.ZERO, before.realizedPnl().plus(realised),
                before.fees(), clock.now());
        positions.upsert(after);
        held.put(token, after);
        addRealised(LocalDate.ofInstant(clock.now(), ZoneOffset.UTC), realised);
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, clock.now(), clock.now(), after));
        return after;
    }

    /** Today's realised PnL so far (UTC day), for the daily loss limit; from memory once the day has been read. */
    public Usd realizedToday() {
        LocalDate day = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        DayRealised current = today;
        if (current != null && current.day().equals(day)) return current.realized();
        synchronized (this) {
            if (today == null || !today.day().equals(day)) today = new DayRealised(day, storedRealised(day));
            return today.realized();
        }
    }

    /** Every position we hold or held (flat ones included), from memory. */
    public Collection<Position> positions() {
        load();
        return List.copyOf(held.values());
    }

    /**
     * Drops what is in memory; the next read loads the store again. For a caller whose transaction
     * around {@link #apply} or {@link #settle} rolled back: memory must not keep what the store lost.
     */
    public synchronized void forget() {
        loaded = false;
        held.clear();
        today = null;
    }

    /** Reads the stored positions once; later changes all pass through this book. */
    private void load() {
        if (loaded) return;
        synchronized (this) {
            if (loaded) return;
            positions.all().forEach(p -> held.put(p.token(), p));
            loaded = true;
        }
    }

    private void recordRealised(Usd delta, Fill fill) {
        addRealised(LocalDate.ofInstant(fill.eventTime(), ZoneOffset.UTC), delta);
    }

    /** Adds to the day's stored realised PnL (the store's row is the truth), and to today's in memory when it is that day. */
    private void addRealised(LocalDate day, Usd delta) {
        Usd realized = dailyPnl.addRealized(day, delta, clock.now());
        if (today != null && today.day().equals(day)) today = new DayRealised(day, realized);
    }

    private Usd storedRealised(LocalDate day) {
        return dailyPnl.between(day, day).stream().map(DailyPnl::realizedPnl).reduce(Usd.ZERO, Usd::plus);
    }
}
