package io.polybot.gateway.overview;

import io.javalin.http.Context;
import io.polybot.core.money.Usd;
import io.polybot.core.time.Clock;
import io.polybot.gateway.control.ControlView;
import io.polybot.gateway.trading.TradingEndpoints;
import io.polybot.gateway.trading.Views.PositionView;
import io.polybot.store.Store;
import io.polybot.store.repo.DailyPnl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/overview}: the account at a glance. Equity = starting balance + realised PnL (all
 * positions, fees included) + unrealised PnL (today's {@code daily_pnl} row, which execution's marker
 * keeps at book mids), the formula of execution's marker. Exposure is the open positions' cost basis,
 * or their value at the mark where the market has resolved.
 */
public final class OverviewEndpoint {
    static final int CURVE_DAYS = 90;
    static final String UNCATEGORISED = "uncategorised";

    public record EquityPoint(Instant time, BigDecimal equity) {}

    public record DayPnl(LocalDate day, BigDecimal realized, BigDecimal unrealized, BigDecimal fees) {}

    public record MarketExposure(String market, String question, BigDecimal notional) {}

    public record CategoryExposure(String category, BigDecimal notional) {}

    public record Overview(BigDecimal equity, BigDecimal startingBalance, BigDecimal realizedPnl, BigDecimal unrealizedPnl, BigDecimal exposure,
                           int openPositions, int openOrders, List<EquityPoint> equityCurve, List<DayPnl> dailyPnl,
                           List<MarketExposure> exposureByMarket, List<CategoryExposure> exposureByCategory, List<FeedView> feeds) {}

    private final Store store;
    private final TradingEndpoints trading;
    private final ControlView control;
    private final Usd startingBalance;
    private final Clock clock;

    public OverviewEndpoint(Store store, TradingEndpoints trading, ControlView control, Usd startingBalance, Clock clock) {
        this.store = store;
        this.trading = trading;
        this.control = control;
        this.startingBalance = startingBalance;
        this.clock = clock;
    }

    public void get(Context ctx) { ctx.json(overview()); }

    public Overview overview() {
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<PositionView> positions = trading.positionViews(store.positions().all());
        BigDecimal realized = positions.stream().map(PositionView::realizedPnl).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<DailyPnl> days = store.dailyPnl().between(today.minusDays(CURVE_DAYS), today);
        BigDecimal unrealized = days.stream().filter(d -> d.day().equals(today)).findFirst()
                .map(d -> d.unrealizedPnl().amount()).orElse(BigDecimal.ZERO);
        BigDecimal equity = startingBalance.amount().add(realized).add(unrealized);

        Map<String, MarketExposure> byMarket = new LinkedHashMap<>();
        Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
        BigDecimal exposure = BigDecimal.ZERO;
        int open = 0;
        for (PositionView p : positions) {
            if (p.size().signum() == 0) continue;
            open++;
            BigDecimal notional = p.markPrice() == null ? p.costBasis() : p.size().multiply(p.markPrice());
            exposure = exposure.add(notional);
            byMarket.merge(p.market().value(), new MarketExposure(p.market().value(), p.question(), notional),
                    (a, b) -> new MarketExposure(a.market(), a.question(), a.notional().add(b.notional())));
            byCategory.merge(p.category() == null || p.category().isBlank() ? UNCATEGORISED : p.category(), notional, BigDecimal::add);
        }

        Map<LocalDate, BigDecimal> fees = store.fills().feesByDay(today.minusDays(CURVE_DAYS), today);
        List<EquityPoint> curve = new ArrayList<>();
        List<DayPnl> daily = new ArrayList<>();
        for (DailyPnl d : days) {
            if (!d.day().equals(today)) curve.add(new EquityPoint(d.updatedAt(), d.equity().amount()));
            daily.add(new DayPnl(d.day(), d.realizedPnl().amount(), d.unrealizedPnl().amount(), fees.getOrDefault(d.day(), BigDecimal.ZERO)));
        }
        curve.add(new EquityPoint(now, equity));

        return new Overview(equity, startingBalance.amount(), realized, unrealized, exposure, open, store.orders().open().size(), curve, daily,
                byMarket.values().stream().sorted(Comparator.comparing(MarketExposure::notional).reversed()).toList(),
                byCategory.entrySet().stream().map(e -> new CategoryExposure(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparing(CategoryExposure::notional).reversed()).toList(),
                feeds());
    }

    public List<FeedView> feeds() {
        Instant now = clock.now();
        return control.feeds().stream().map(f -> FeedView.of(f, now)).toList();
    }
}
