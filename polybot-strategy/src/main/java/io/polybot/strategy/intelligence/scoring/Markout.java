package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.wallet.WalletTrade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Average price move in the trader's favour a fixed time after their trades, in price points
 * (0.03 = 3¢ per share): for a BUY later − entry, for a SELL entry − later. "Later" is the last
 * print within (t, t + horizon]; trades with no print in that span are left out of the sample.
 * An informed trader's markout is positive; a market maker's is about zero or negative.
 */
public record Markout(Duration horizon, BigDecimal average, int sample) {
    public static final int SCALE = 6;

    public Markout {
        if (horizon == null || average == null || sample < 0) throw new IllegalArgumentException("markout needs a horizon, an average and a sample");
    }

    public static Markout of(List<WalletTrade> trades, PriceHistory prices, Duration horizon) {
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (WalletTrade trade : trades) {
            Optional<Price> later = prices.lastPrice(trade.token(), trade.eventTime(), trade.eventTime().plus(horizon));
            if (later.isEmpty()) continue;
            BigDecimal move = later.get().value().subtract(trade.price().value());
            sum = sum.add(trade.side() == Side.BUY ? move : move.negate());
            n++;
        }
        BigDecimal average = n == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(n), SCALE, RoundingMode.HALF_EVEN);
        return new Markout(horizon, average, n);
    }
}
