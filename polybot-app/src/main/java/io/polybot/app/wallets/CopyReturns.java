package io.polybot.app.wallets;

import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.Side;
import io.polybot.core.money.Price;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.run.TradeHistory;
import io.polybot.strategy.intelligence.scoring.PriceHistory;
import io.polybot.strategy.intelligence.scoring.ScoringConfig;
import io.polybot.strategy.intelligence.scoring.TradePrints;
import io.polybot.strategy.intelligence.scoring.WalletScore;
import io.polybot.strategy.intelligence.scoring.WalletScorer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Would copying the top-scored wallets have paid, compared with copying everyone (ARCHITECTURE §10)?
 * Wallets are scored on the trades before a cutoff, with only the results known by then; then each
 * wallet's later buys in markets that resolved are copied with one dollar each at the price a
 * follower could have paid (the last print within the detection delay after the wallet's trade,
 * else the wallet's own price) plus the taker fee r·(1 − p) per dollar.
 *
 * @param topWallets   wallets in the top decile (by score, among wallets with a finished position before the cutoff)
 * @param rankedWallets wallets that had a score to rank
 * @param topCopies / allCopies copied buys; topEvents / allEvents the independent events they fall in
 * @param topReturn / allReturn mean return per copied dollar, 6 decimals
 */
record CopyReturns(Instant cutoff, int rankedWallets, int topWallets, int topCopies, int topEvents, BigDecimal topReturn,
                   int allCopies, int allEvents, BigDecimal allReturn) {
    static final Duration DETECTION_DELAY = Duration.ofSeconds(5);

    static CopyReturns measure(TradeHistory full, Instant cutoff, ScoringConfig scoring, int minimumPositions) {
        TradeHistory early = full.before(cutoff);
        WalletScorer scorer = new WalletScorer(scoring);
        PriceHistory earlyPrints = TradePrints.of(early.all());
        List<WalletScore> ranked = new ArrayList<>();
        for (Map.Entry<WalletAddress, List<WalletTrade>> entry : early.byWallet().entrySet()) {
            WalletScore score = scorer.score(entry.getKey(), entry.getValue(), early::market, earlyPrints, cutoff);
            if (score.positions() >= minimumPositions) ranked.add(score);
        }
        ranked.sort(Comparator.comparing(WalletScore::score).reversed().thenComparing(s -> s.wallet().value()));
        int decile = (int) Math.ceil(ranked.size() / 10.0);
        Set<WalletAddress> top = new HashSet<>();
        for (WalletScore s : ranked.subList(0, decile)) top.add(s.wallet());
        PriceHistory prints = TradePrints.of(full.all());
        Tally topTally = new Tally(), allTally = new Tally();
        for (WalletTrade trade : full.all()) {
            if (trade.side() != Side.BUY || trade.eventTime().isBefore(cutoff)) continue;
            Market market = full.market(trade.market());
            if (market == null || market.status() != MarketStatus.RESOLVED || market.winningToken() == null) continue;
            Price paid = prints.lastPrice(trade.token(), trade.eventTime(), trade.eventTime().plus(DETECTION_DELAY)).orElse(trade.price());
            BigDecimal p = paid.value();
            BigDecimal payout = market.winningToken().equals(trade.token()) ? BigDecimal.ONE.divide(p, MathContext.DECIMAL64) : BigDecimal.ZERO;
            BigDecimal result = payout.subtract(BigDecimal.ONE).subtract(scoring.takerFeeRate().multiply(BigDecimal.ONE.subtract(p)));
            String event = market.eventSlug() == null || market.eventSlug().isBlank() ? market.conditionId().value() : market.eventSlug();
            allTally.add(result, event);
            if (top.contains(trade.wallet())) topTally.add(result, event);
        }
        return new CopyReturns(cutoff, ranked.size(), top.size(), topTally.copies, topTally.events.size(), topTally.mean(),
                allTally.copies, allTally.events.size(), allTally.mean());
    }

    /** Copies, their summed return and their events. */
    private static final class Tally {
        int copies;
        BigDecimal sum = BigDecimal.ZERO;
        final Set<String> events = new HashSet<>();

        void add(BigDecimal result, String event) {
            copies++;
            sum = sum.add(result);
            events.add(event);
        }

        BigDecimal mean() {
            return copies == 0 ? BigDecimal.ZERO : sum.divide(BigDecimal.valueOf(copies), 6, RoundingMode.HALF_EVEN);
        }
    }
}
