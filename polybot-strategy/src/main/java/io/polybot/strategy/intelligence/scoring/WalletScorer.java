package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.money.Usd;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.positions.PositionReconstructor;
import io.polybot.strategy.intelligence.positions.WalletPosition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores one wallet from its trades: rebuilds its positions, takes the finished ones as the
 * sample and computes the {@link WalletScore} figures. Pure: no I/O, no clock.
 *
 * <p>Money stays exact; Wilson and Sharpe need square roots and are computed in {@code double},
 * then rounded to 6 decimals. Kelly, EV and the score are exact up to one 16-digit division.
 */
public final class WalletScorer {
    public static final Duration ONE_HOUR = Duration.ofHours(1);
    public static final Duration ONE_DAY = Duration.ofHours(24);
    private static final int SCALE = 6;

    private final ScoringConfig config;

    public WalletScorer(ScoringConfig config) { this.config = config; }

    public ScoringConfig config() { return config; }

    public WalletScore score(WalletAddress wallet, List<WalletTrade> trades, Function<ConditionId, Market> markets,
                             PriceHistory prices, Instant computedAt) {
        List<WalletPosition> sample = PositionReconstructor.reconstruct(trades, markets).positions().stream()
                .filter(this::inSample).toList(); // sorted by end time: the rolling window is the tail
        int n = sample.size();
        int wins = 0;
        Set<String> events = new HashSet<>();
        BigDecimal cost = BigDecimal.ZERO, shares = BigDecimal.ZERO, pnl = BigDecimal.ZERO, feeBase = BigDecimal.ZERO;
        double[] returns = new double[n];
        for (int i = 0; i < n; i++) {
            WalletPosition position = sample.get(i);
            if (position.won()) wins++;
            events.add(position.eventKey());
            cost = cost.add(position.cost().amount());
            shares = shares.add(position.boughtShares().shares());
            pnl = pnl.add(position.pnl().amount());
            feeBase = feeBase.add(position.feeBase());
            returns[i] = position.returnOnCost().doubleValue();
        }
        WinRate lifetime = WinRate.wilson(wins, n, config.z());
        WinRate rolling = rolling(sample);
        BigDecimal entry = n == 0 ? BigDecimal.ZERO : cost.divide(shares, WalletPosition.RATIO);
        BigDecimal kelly = n == 0 ? BigDecimal.ZERO
                : EdgeMath.kelly(BigDecimal.valueOf(wins).divide(BigDecimal.valueOf(n), WalletPosition.RATIO), entry);
        BigDecimal ev = n == 0 ? BigDecimal.ZERO
                : pnl.subtract(feeBase.multiply(config.takerFeeRate())).divide(cost, WalletPosition.RATIO);
        BigDecimal score = n == 0 ? BigDecimal.ZERO : EdgeMath.edgePerShare(lifetime.lower(), entry, config.takerFeeRate());
        boolean decayed = n > config.rollingWindow()
                && rolling.rate().compareTo(lifetime.rate().subtract(config.decayMargin())) < 0;
        return new WalletScore(wallet, computedAt, trades.size(), n, events.size(), lifetime, rolling, round(entry),
                round(sharpe(returns)), round(kelly), round(ev), new Usd(pnl),
                Markout.of(trades, prices, ONE_HOUR), Markout.of(trades, prices, ONE_DAY), decayed, round(score), null);
    }

    private boolean inSample(WalletPosition position) {
        return switch (position.status()) {
            case RESOLVED -> true;
            case CLOSED -> config.includeClosedPositions();
            case OPEN -> false;
        };
    }

    private WinRate rolling(List<WalletPosition> sample) {
        List<WalletPosition> tail = sample.subList(Math.max(0, sample.size() - config.rollingWindow()), sample.size());
        int wins = (int) tail.stream().filter(WalletPosition::won).count();
        return WinRate.wilson(wins, tail.size(), config.z());
    }

    /** Mean over sample standard deviation (n − 1); 0 when undefined (fewer than 2 returns or no spread). */
    static BigDecimal sharpe(double[] returns) {
        int n = returns.length;
        if (n < 2) return BigDecimal.ZERO;
        double mean = 0;
        for (double r : returns) mean += r;
        mean /= n;
        double squares = 0;
        for (double r : returns) squares += (r - mean) * (r - mean);
        double sd = Math.sqrt(squares / (n - 1));
        return sd == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(mean / sd);
    }

    private static BigDecimal round(BigDecimal value) { return value.setScale(SCALE, RoundingMode.HALF_EVEN); }
}
