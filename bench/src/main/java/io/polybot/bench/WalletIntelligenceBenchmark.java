package io.polybot.bench;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.consensus.Basket;
import io.polybot.strategy.intelligence.consensus.BasketConsensus;
import io.polybot.strategy.intelligence.consensus.Consensus;
import io.polybot.strategy.intelligence.consensus.ConsensusConfig;
import io.polybot.strategy.intelligence.linking.LinkedGroups;
import io.polybot.strategy.whale.WhaleCopyConfig;
import io.polybot.strategy.whale.WhaleCopyStrategy;
import io.polybot.strategy.whale.Whitelist;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Issue 5 budgets: whale filter + wallet lookup ≤ 1 µs (a minnow's trade, the common case, and a
 * whale's trade that becomes a signal); consensus check ≤ 20 µs (a 20-wallet basket, 60 trades in
 * the window, two linked wallets).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WalletIntelligenceBenchmark {
    private WhaleCopyStrategy whaleCopy;
    private WalletTrade minnowTrade;
    private WalletTrade whaleTrade;
    private BasketConsensus consensus;
    private Basket basket;
    private List<WalletTrade> window;
    private ConditionId market;
    private TokenId yes;
    private Instant now;

    static WalletAddress wallet(int n) { return new WalletAddress("0x" + String.format("%040x", n)); }

    @Setup public void setUp() {
        now = Instant.parse("2026-11-21T12:00:00Z");
        market = new ConditionId("0x" + "11".repeat(32));
        yes = new TokenId("1001");
        TokenId no = new TokenId("1002");
        Set<WalletAddress> listed = new HashSet<>();
        for (int i = 0; i < 1_000; i++) listed.add(wallet(i));
        whaleCopy = new WhaleCopyStrategy(new WhaleCopyConfig(Usd.of("10000"), new BigDecimal("0.95")), new Whitelist(() -> listed),
                new SimulatedClock(now));
        minnowTrade = new WalletTrade(null, wallet(50_000), market, yes, "Yes", Side.BUY, Price.of("0.5"), Size.of("100"), now, now, "0x", 0, "rtds");
        whaleTrade = new WalletTrade(null, wallet(7), market, yes, "Yes", Side.BUY, Price.of("0.5"), Size.of("30000"), now, now, "0x", 0, "rtds");

        Set<WalletAddress> members = new HashSet<>();
        for (int i = 0; i < 20; i++) members.add(wallet(i));
        basket = new Basket("bench", null, members, Basket.Source.USER);
        consensus = new BasketConsensus(ConsensusConfig.defaults(), LinkedGroups.of(List.of(List.of(wallet(0), wallet(1)))));
        window = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean buysYes = i % 10 != 9;
            window.add(new WalletTrade(null, wallet(i % 25), market, buysYes ? yes : no, buysYes ? "Yes" : "No", Side.BUY,
                    new Price(new BigDecimal("0.40").add(BigDecimal.valueOf(i % 5, 2))), Size.of("250"), now.minusSeconds(600L * i), now, "0x", 0, "rtds"));
        }
    }

    @Benchmark public Optional<Signal> whaleFilterMinnow() { return whaleCopy.onTrade(minnowTrade); }

    @Benchmark public Optional<Signal> whaleFilterWhaleSignal() { return whaleCopy.onTrade(whaleTrade); }

    @Benchmark public Consensus consensusCheck() { return consensus.evaluate(basket, market, yes, window, now); }
}
