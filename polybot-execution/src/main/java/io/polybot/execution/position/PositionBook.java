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

/** Applies our fills to positions, keeps today's realised PnL, persists both and announces the new position. */
public final class PositionBook {
    static final String SOURCE = "execution.positions";

    private final PositionRepository positions;
    private final DailyPnlRepository dailyPnl;
    private final MessageBus bus;
    private final Clock clock;

    public PositionBook(PositionRepository positions, DailyPnlRepository dailyPnl, MessageBus bus, Clock clock) {
        this.positions = positions;
        this.dailyPnl = dailyPnl;
        this.bus = bus;
        this.clock = clock;
    }

    public Position apply(Fill fill, String outcome) {
        Position before = positions.find(fill.token()).orElseGet(() -> Position.flat(fill.market(), fill.token(), outcome, fill.eventTime()));
        Position after = before.apply(fill);
        positions.upsert(after);
        recordRealised(after.realizedPnl().minus(before.realizedPnl()), fill);
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, fill.eventTime(), clock.now(), after));
        return after;
    }

    /**
     * Closes a position in a resolved market once its payout is seen (the tokens redeemed, paid
     * at {@code payoutPerShare}: 1 for the winning outcome, 0 for the losing one): the rest of
     * the cost is realised against the payout and the position is flat.
     */
    public Position settle(TokenId token, BigDecimal payoutPerShare, String why) {
        Position before = positions.find(token).orElseThrow(() -> new IllegalArgumentException("no position in " + token));
        Usd payout = new Usd(before.size().shares().multiply(payoutPerShare));
        Usd realised = payout.minus(before.costBasis());
        Position after = new Position(before.market(), token, before.outcome(), Size.ZERO, Usd.ZERO, before.realizedPnl().plus(realised),
                before.fees(), clock.now());
        positions.upsert(after);
        LocalDate day = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        DailyPnl current = dailyPnl.between(day, day).stream().findFirst().orElse(new DailyPnl(day, Usd.ZERO, Usd.ZERO, Usd.ZERO, clock.now()));
        dailyPnl.upsert(new DailyPnl(day, current.realizedPnl().plus(realised), current.unrealizedPnl(), current.equity(), clock.now()));
        bus.publish(Topic.ORDERS_EVENTS, Envelope.of(SOURCE, clock.now(), clock.now(), after));
        return after;
    }

    /** Today's realised PnL so far (UTC day), for the daily loss limit. */
    public Usd realizedToday() {
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        return dailyPnl.between(today, today).stream().map(DailyPnl::realizedPnl).reduce(Usd.ZERO, Usd::plus);
    }

    private void recordRealised(Usd delta, Fill fill) {
        LocalDate day = LocalDate.ofInstant(fill.eventTime(), ZoneOffset.UTC);
        DailyPnl current = dailyPnl.between(day, day).stream().findFirst()
                .orElse(new DailyPnl(day, Usd.ZERO, Usd.ZERO, Usd.ZERO, clock.now()));
        dailyPnl.upsert(new DailyPnl(day, current.realizedPnl().plus(delta), current.unrealizedPnl(), current.equity(), clock.now()));
    }
}
