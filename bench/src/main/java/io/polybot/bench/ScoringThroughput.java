package io.polybot.bench;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.classification.ClassifierThresholds;
import io.polybot.strategy.intelligence.classification.EvidenceExtractor;
import io.polybot.strategy.intelligence.scoring.ClosingLineValue;
import io.polybot.strategy.intelligence.classification.WalletClassifier;
import io.polybot.strategy.intelligence.positions.PositionReconstructor;
import io.polybot.strategy.intelligence.scoring.ScoringConfig;
import io.polybot.strategy.intelligence.scoring.TradePrints;
import io.polybot.strategy.intelligence.scoring.WalletScore;
import io.polybot.strategy.intelligence.scoring.WalletScorer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Scoring throughput (issue 5 budget: 100,000 wallets × 100 trades in ≤ 60 s): generates each
 * wallet's trades (deterministic seed) over 2,000 markets, half resolved, and scores and
 * classifies it with 1 h / 24 h markouts against a 200,000-print history. Trade generation is
 * timed separately and excluded. Run: {@code java -cp bench/target/benchmarks.jar io.polybot.bench.ScoringThroughput [wallets] [threads]}.
 */
public final class ScoringThroughput {
    static final int MARKETS = 2_000;
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    public static void main(String[] args) {
        int wallets = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Map<ConditionId, Market> markets = new HashMap<>();
        for (int m = 0; m < MARKETS; m++) {
            Market market = new Market(condition(m), "q", "s", "event-" + m / 4, "cat" + m % 5,
                    List.of(new OutcomeToken(token(m, 0), "Yes", 0), new OutcomeToken(token(m, 1), "No", 1)),
                    new BigDecimal("0.01"), new BigDecimal("5"), false, T0.plusSeconds(90L * 86_400), MarketStatus.OPEN, null);
            markets.put(market.conditionId(), m % 2 == 0 ? market.withStatus(MarketStatus.RESOLVED, token(m, m % 4 == 0 ? 0 : 1)) : market);
        }
        List<WalletTrade> prints = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) prints.addAll(trades(1_000_000 + i, 1));
        TradePrints history = TradePrints.of(prints);
        WalletScorer scorer = new WalletScorer(ScoringConfig.defaults());
        WalletClassifier classifier = new WalletClassifier(ClassifierThresholds.defaults());

        AtomicLong generateNanos = new AtomicLong(), scoreNanos = new AtomicLong(), positions = new AtomicLong();
        long start = System.nanoTime();
        try (var pool = new java.util.concurrent.ForkJoinPool(threads)) {
            pool.submit(() -> IntStream.range(0, wallets).parallel().forEach(w -> {
                long t0 = System.nanoTime();
                List<WalletTrade> trades = trades(w, 100);
                long t1 = System.nanoTime();
                Instant now = T0.plusSeconds(100L * 86_400);
                WalletScore score = scorer.score(wallet(w), trades, markets::get, history, now);
                var walletPositions = PositionReconstructor.reconstruct(trades, markets::get).positions();
                classifier.classify(EvidenceExtractor.extract(trades, null, walletPositions, score.markout1h(),
                        ClosingLineValue.of(walletPositions, history, now)));
                scoreNanos.addAndGet(System.nanoTime() - t1);
                generateNanos.addAndGet(t1 - t0);
                positions.addAndGet(score.positions());
            })).join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double scoringShare = scoreNanos.get() / (double) (scoreNanos.get() + generateNanos.get());
        System.out.printf("wallets %,d × 100 trades on %d threads: wall %.1f s (scoring ≈ %.1f s of it, generation the rest); "
                        + "%.1f µs per wallet per thread; %,d finished positions%n",
                wallets, threads, wall, wall * scoringShare, scoreNanos.get() / 1e3 / wallets, positions.get());
    }

    static List<WalletTrade> trades(int wallet, int count) {
        SplittableRandom random = new SplittableRandom(wallet);
        List<WalletTrade> trades = new ArrayList<>(count);
        WalletAddress address = wallet(wallet);
        for (int i = 0; i < count; i++) {
            int m = random.nextInt(MARKETS);
            boolean buy = random.nextInt(4) != 0;
            Price price = new Price(BigDecimal.valueOf(5 + random.nextInt(90), 2));
            Instant at = T0.plusSeconds(random.nextLong(60L * 86_400));
            trades.add(new WalletTrade(null, address, condition(m), token(m, random.nextInt(2)), "o", buy ? Side.BUY : Side.SELL,
                    price, new Size(BigDecimal.valueOf(1 + random.nextInt(5_000))), at, at, null, 0, "bench"));
        }
        return trades;
    }

    static WalletAddress wallet(int n) { return new WalletAddress("0x" + String.format("%040x", n)); }

    static ConditionId condition(int m) { return new ConditionId("0x" + String.format("%064x", m + 1)); }

    static TokenId token(int m, int outcome) { return new TokenId(Integer.toString(m * 2 + outcome + 1)); }
}
