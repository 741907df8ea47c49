package io.polybot.execution.risk;

import io.polybot.core.market.Market;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingState;
import io.polybot.execution.pricing.BookWalk;
import io.polybot.execution.pricing.BudgetWalk;
import io.polybot.execution.risk.RiskDecision.Approved;
import io.polybot.execution.risk.RiskDecision.Denied;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one gate every order passes (ARCHITECTURE §5). Checks run in the documented order and the
 * first failure decides; caps may only reduce the size. No I/O, so it is fast and testable; its only state is the
 * order rate (the last check), which counts approvals.
 */
public final class RiskEngine {
    private final Supplier<RiskLimits> limits;
    private final Supplier<TradingState> tradingState;
    private final Clock clock;
    private final OrderRate orderRate = new OrderRate();

    /** Limits and state are suppliers so that operators can change them at run time. */
    public RiskEngine(Supplier<RiskLimits> limits, Supplier<TradingState> tradingState, Clock clock) {
        this.limits = limits;
        this.tradingState = tradingState;
        this.clock = clock;
    }

    public RiskDecision evaluate(RiskRequest request) {
        RiskLimits l = limits.get();
        Map<String, String> figures = new LinkedHashMap<>();
        var signal = request.signal();
        Market market = request.market();
        Portfolio portfolio = request.portfolio();
        figures.put("proposedNotional", request.proposedNotional().toString());

        TradingState state = tradingState.get();
        figures.put("tradingState", state.name());
        if (state == TradingState.HALTED) return deny(DenyReason.TRADING_HALTED, "trading is halted", figures);
        if (state == TradingState.REDUCING && signal.side() == Side.BUY)
            return deny(DenyReason.TRADING_HALTED, "trading is reducing: buys are not allowed", figures);
        if (!request.liveArmed()) return deny(DenyReason.NOT_ARMED, "live trading is not armed", figures);

        Duration bookAge = Duration.between(request.book().eventTime(), clock.now());
        figures.put("bookAgeMs", Long.toString(bookAge.toMillis()));
        if (bookAge.compareTo(l.maxBookAge()) > 0) return deny(DenyReason.DATA_STALE, "order book is " + bookAge.toMillis() + " ms old", figures);
        if (request.alreadyOrdered()) return deny(DenyReason.DUPLICATE_SIGNAL, "an order already exists for signal " + signal.id(), figures);
        if (!market.status().tradable() || market.token(signal.token()).isEmpty())
            return deny(DenyReason.MARKET_NOT_TRADABLE, "market " + market.conditionId() + " is " + market.status(), figures);
        if (signal.side() != Side.BUY) return deny(DenyReason.MARKET_NOT_TRADABLE, "only buys are supported by this executor", figures);
        // A sizer that sees no edge (Kelly with q <= p) proposes nothing: there is nothing for the caps to reduce.
        if (request.proposedNotional().amount().signum() <= 0)
            return deny(DenyReason.NO_EDGE, "the sizer proposed " + request.proposedNotional() + ": no edge by its estimate", figures);

        // Caps reduce the notional; each records its room.
        Usd notional = request.proposedNotional();
        Usd positionRoom = l.maxPositionCost().minus(portfolio.costIn(signal.token()));
        figures.put("positionRoom", positionRoom.toString());
        if (positionRoom.amount().signum() <= 0) return deny(DenyReason.POSITION_CAP, "position cap " + l.maxPositionCost() + " reached", figures);
        notional = min(notional, positionRoom);

        long inEvent = portfolio.openPositionsInEvent(market.eventSlug(), signal.token());
        figures.put("positionsInEvent", Long.toString(inEvent));
        if (inEvent >= l.maxPositionsPerEvent())
            return deny(DenyReason.POSITIONS_PER_EVENT, inEvent + " positions already open in event " + market.eventSlug(), figures);

        Usd exposureRoom = l.maxTotalExposure().minus(portfolio.totalExposure());
        figures.put("exposureRoom", exposureRoom.toString());
        if (exposureRoom.amount().signum() <= 0) return deny(DenyReason.EXPOSURE_CAP, "total exposure cap " + l.maxTotalExposure() + " reached", figures);
        notional = min(notional, exposureRoom);

        figures.put("realizedPnlToday", portfolio.realizedPnlToday().toString());
        if (portfolio.realizedPnlToday().compareTo(l.dailyLossLimit().negate()) <= 0)
            return deny(DenyReason.DAILY_LOSS_LIMIT, "daily loss " + portfolio.realizedPnlToday() + " beyond limit " + l.dailyLossLimit(), figures);

        Price reference = signal.referencePrice();
        if (reference.value().compareTo(l.maxEntryPrice()) > 0)
            return deny(DenyReason.NO_EDGE, "price " + reference + " leaves under " + BigDecimal.ONE.subtract(l.maxEntryPrice()) + " upside", figures);

        // The worst price we accept: slippage limit from the reference, on the tick grid, and within the edge limit.
        BigDecimal cap = reference.value().multiply(BigDecimal.ONE.add(l.maxSlippage())).min(l.maxEntryPrice());
        Price limitCap = new Price(cap.divide(market.tickSize(), 0, RoundingMode.DOWN).multiply(market.tickSize()));
        figures.put("limitCap", limitCap.toString());
        Optional<BookWalk> walk = BudgetWalk.buy(request.book(), notional, limitCap);
        if (walk.isEmpty()) return deny(DenyReason.SLIPPAGE, "no liquidity at or below " + limitCap, figures);
        BookWalk w = walk.get();
        figures.put("vwap", w.vwap().stripTrailingZeros().toPlainString());
        figures.put("size", w.fillable().toString());
        figures.put("cost", w.cost().toString());
        if (w.fillable().shares().compareTo(market.minOrderSize()) < 0)
            return deny(DenyReason.BELOW_MINIMUM_SIZE, w.fillable() + " shares is below the market minimum " + market.minOrderSize(), figures);

        figures.put("availableBalance", portfolio.availableBalance().toString());
        if (w.cost().compareTo(portfolio.availableBalance()) > 0)
            return deny(DenyReason.INSUFFICIENT_BALANCE, "cost " + w.cost() + " exceeds balance " + portfolio.availableBalance(), figures);

        // Last, so that only an order that would go out takes a place in the second.
        figures.put("maxOrdersPerSecond", Integer.toString(l.maxOrdersPerSecond()));
        if (!orderRate.tryTake(clock.now(), l.maxOrdersPerSecond()))
            return deny(DenyReason.ORDER_RATE, "more than " + l.maxOrdersPerSecond() + " orders a second: it would wait for the venue's rate limit and go out stale", figures);
        return new Approved(w.fillable(), w.worstPrice(), figures);
    }

    private static Usd min(Usd a, Usd b) { return a.compareTo(b) <= 0 ? a : b; }

    private static Denied deny(DenyReason reason, String detail, Map<String, String> figures) {
        return new Denied(reason, detail, figures);
    }
}
