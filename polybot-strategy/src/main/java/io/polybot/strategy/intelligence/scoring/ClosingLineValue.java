package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.money.Price;
import io.polybot.strategy.intelligence.positions.WalletPosition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Closing line value: how far the market moved towards a wallet's positions after it took them,
 * the sports bettor's test of skill. Per position, the token's last print after the position
 * opened (the close for a resolved market, the latest price for an open one) minus the average
 * entry price, in price points; averaged over positions, each one decision.
 *
 * <p>Why it, and not only the results: a handful of resolved bets is mostly luck (the sd of one
 * binary payoff is about 0.5), while the price a market settles at before resolving carries most
 * of the same information with a far smaller spread. A wallet that knows buys what the market
 * later agrees with; one that picks sides at random has a closing line value of about minus the
 * spread it paid. {@code tStatistic} is average ÷ (sd/√n), so the caller can ask for an edge
 * beyond chance instead of a bare positive average.
 *
 * @param average    mean of close − entry over the positions with a later print; 0 when none
 * @param tStatistic average over its standard error; 0 with fewer than 2 positions or no spread
 * @param sample     positions measured
 */
public record ClosingLineValue(BigDecimal average, BigDecimal tStatistic, int sample) {
    public static final int SCALE = 6;
    public static final ClosingLineValue NONE = new ClosingLineValue(BigDecimal.ZERO, BigDecimal.ZERO, 0);

    public ClosingLineValue {
        if (average == null || tStatistic == null || sample < 0) throw new IllegalArgumentException("closing line value needs an average, a t statistic and a sample");
    }

    /** Over every position (open, closed or resolved) with a print of its token in (opened, now]. */
    public static ClosingLineValue of(List<WalletPosition> positions, PriceHistory prices, Instant now) {
        List<BigDecimal> values = new ArrayList<>();
        for (WalletPosition position : positions) {
            Optional<Price> close = prices.lastPrice(position.token(), position.openedAt(), now);
            close.ifPresent(price -> values.add(price.value().subtract(position.averageEntryPrice())));
        }
        int n = values.size();
        if (n == 0) return NONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) sum = sum.add(v);
        BigDecimal average = sum.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_EVEN);
        if (n < 2) return new ClosingLineValue(average, BigDecimal.ZERO, n);
        double mean = average.doubleValue(), squares = 0; // a square root: double, rounded to 6 decimals
        for (BigDecimal v : values) squares += Math.pow(v.doubleValue() - mean, 2);
        double standardError = Math.sqrt(squares / (n - 1) / n);
        BigDecimal t = standardError == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(mean / standardError).setScale(SCALE, RoundingMode.HALF_EVEN);
        return new ClosingLineValue(average, t, n);
    }
}
