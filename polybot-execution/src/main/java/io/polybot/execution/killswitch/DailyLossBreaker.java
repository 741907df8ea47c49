package io.polybot.execution.killswitch;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.money.Usd;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.execution.risk.RiskLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The drawdown breaker (ARCHITECTURE §5): when today's realised PnL reaches minus the daily loss
 * limit, it trips the kill switch for every instance by publishing KILL on {@code control}, not
 * only denying orders here. It trips once per UTC day: after an operator releases, the risk
 * engine still denies new buys for the rest of the day, without a second kill.
 */
public final class DailyLossBreaker {
    private static final Logger log = LoggerFactory.getLogger(DailyLossBreaker.class);
    public static final String ACTOR = "risk.daily-loss-breaker";

    private final Supplier<RiskLimits> limits;
    private final TradingSwitch tradingSwitch;
    private final MessageBus bus;
    private final Clock clock;
    private LocalDate trippedOn;

    public DailyLossBreaker(Supplier<RiskLimits> limits, TradingSwitch tradingSwitch, MessageBus bus, Clock clock) {
        this.limits = limits;
        this.tradingSwitch = tradingSwitch;
        this.bus = bus;
        this.clock = clock;
    }

    /** Returns whether this call tripped the breaker. */
    public synchronized boolean check(Usd realizedToday) {
        Usd limit = limits.get().dailyLossLimit();
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC);
        if (realizedToday.compareTo(limit.negate()) > 0 || today.equals(trippedOn) || tradingSwitch.halted()) return false;
        trippedOn = today;
        String reason = "daily loss breaker: realised PnL today " + realizedToday + " reached the limit of -" + limit;
        log.error("{}; publishing KILL", reason);
        bus.publish(Topic.CONTROL, Envelope.of("execution.daily-loss-breaker", clock.now(), clock.now(),
                new ControlCommand(ControlCommand.Action.KILL, ACTOR, reason, Map.of(), clock.now())));
        return true;
    }
}
