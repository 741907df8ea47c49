package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.MakerFill;
import io.polybot.sim.matching.Trade;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated past tells the wallet types apart by the evidence a scorer sees in public trades
 * (ARCHITECTURE §4): these are sanity checks of the generator, not a scorer.
 */
class WorldHistoryTest {
    private static WorldFixture fixture;
    private static List<Trade> trades;

    /** One wallet's side of one fill, as a Data API row with {@code takerOnly=false}. */
    private record Row(WalletAddress wallet, boolean maker, Side side, TokenId token, BigDecimal size, BigDecimal price, Instant time) {}

    @BeforeAll static void play() {
        fixture = new WorldFixture(5, WorldScale.small());
        trades = fixture.trades();
    }

    @AfterAll static void close() { fixture.close(); }

    private static List<Row> rows(WalletAddress wallet) {
        List<Row> out = new ArrayList<>();
        for (Trade t : trades) {
            if (t.taker().equals(wallet)) out.add(new Row(wallet, false, t.side(), t.token(), t.size(), t.price(), t.matchTime()));
            for (MakerFill f : t.makerFills())
                if (f.maker().equals(wallet)) out.add(new Row(wallet, true, f.side(), f.token(), f.size(), f.price(), t.matchTime()));
        }
        return out;
    }

    private static List<SimWallet> wallets(WalletType type) {
        Set<WalletAddress> linked = fixture.world.groups().stream().flatMap(g -> g.wallets().stream()).collect(Collectors.toSet());
        return fixture.world.wallets(type).stream().filter(w -> !linked.contains(w.address())).toList();
    }

    @Test void historyIsLargeEnoughToScore() {
        assertThat(trades).hasSizeGreaterThan(2_000);
        assertThat(fixture.settlement.resolvedCount()).isGreaterThanOrEqualTo(WorldScale.small().resolvedMarkets());
        for (WalletType type : WalletType.values())
            assertThat(wallets(type)).allSatisfy(w -> assertThat(rows(w.address())).as(type + " " + w.address()).hasSizeGreaterThan(5));
    }

    @Test void marketMakersOnlyMakeOnBothSidesOfManyMarkets() {
        for (SimWallet maker : wallets(WalletType.MARKET_MAKER)) {
            List<Row> rows = rows(maker.address());
            assertThat(rows.stream().filter(Row::maker).count()).isGreaterThanOrEqualTo(rows.size() * 95L / 100);
            assertThat(rows.stream().map(Row::side).distinct()).hasSize(2);
            assertThat(rows.stream().map(r -> fixture.world.marketOf(r.token()).orElseThrow()).distinct().count()).isGreaterThanOrEqualTo(8);
        }
    }

    @Test void botsTradeOneSizeAtRegularIntervals() {
        for (SimWallet bot : wallets(WalletType.BOT)) {
            List<Row> rows = rows(bot.address()).stream().filter(r -> !r.maker()).toList();
            assertThat(rows.stream().map(r -> r.size().stripTrailingZeros()).distinct()).hasSize(1);
            assertThat(rows.stream().map(Row::side).distinct()).hasSize(2);
            List<Long> gaps = gaps(rows);
            long median = gaps.stream().sorted().toList().get(gaps.size() / 2);
            long regular = gaps.stream().filter(g -> Math.abs(g - median) <= median * 0.03 + 1).count();
            assertThat(regular).as("gaps within 3%% of the median %d s", median).isGreaterThanOrEqualTo(gaps.size() * 8L / 10);
        }
    }

    @Test void noiseTradersTradeRandomSizesAtIrregularTimesAsTakers() {
        for (SimWallet noise : wallets(WalletType.NOISE)) {
            List<Row> rows = rows(noise.address());
            assertThat(rows).noneMatch(Row::maker);
            assertThat(rows.stream().map(Row::size).distinct().count()).isGreaterThan(3);
            List<Long> gaps = gaps(rows);
            assertThat(coefficientOfVariation(gaps)).isGreaterThan(0.5);
        }
    }

    @Test void informedWalletsBuyAndHoldToResolutionAndProfitWhileNoiseLoses() {
        BigDecimal informedPnl = BigDecimal.ZERO;
        BigDecimal informedCost = BigDecimal.ZERO;
        for (SimWallet informed : wallets(WalletType.INFORMED)) {
            List<Row> rows = rows(informed.address());
            assertThat(rows).allMatch(r -> !r.maker() && r.side() == Side.BUY);
            informedPnl = informedPnl.add(resolvedPnl(rows));
            informedCost = informedCost.add(resolvedCost(rows));
        }
        BigDecimal noisePnl = BigDecimal.ZERO;
        BigDecimal noiseCost = BigDecimal.ZERO;
        for (SimWallet noise : wallets(WalletType.NOISE)) {
            noisePnl = noisePnl.add(resolvedPnl(rows(noise.address())));
            noiseCost = noiseCost.add(resolvedCost(rows(noise.address())));
        }
        assertThat(informedCost).isPositive();
        assertThat(informedPnl).as("informed profit at resolution").isPositive();
        assertThat(informedPnl.divide(informedCost, java.math.MathContext.DECIMAL64))
                .as("informed return beats noise return").isGreaterThan(noisePnl.divide(noiseCost, java.math.MathContext.DECIMAL64));
    }

    @Test void anInformedWalletKeepsOneViewOfAMarketAndNeverBuysBothOutcomes() {
        for (SimWallet informed : wallets(WalletType.INFORMED)) {
            Map<SimMarket, Set<TokenId>> bought = new HashMap<>();
            for (Row row : rows(informed.address()))
                bought.computeIfAbsent(fixture.world.marketOf(row.token()).orElseThrow(), m -> new java.util.HashSet<>()).add(row.token());
            assertThat(bought.values()).as("outcomes bought per market by %s", informed.address()).allSatisfy(tokens -> assertThat(tokens).hasSize(1));
        }
    }

    @Test void linkedWalletsTradeTheSameOutcomeWithinSecondsOfEachOther() {
        for (LinkedGroup group : fixture.world.groups()) {
            Map<WalletAddress, List<Row>> byMember = new HashMap<>();
            group.wallets().forEach(w -> byMember.put(w, rows(w).stream().filter(r -> !r.maker()).toList()));
            int synchronised = 0;
            int total = 0;
            for (WalletAddress member : group.wallets()) {
                for (Row row : byMember.get(member)) {
                    total++;
                    boolean sibling = group.wallets().stream().filter(o -> !o.equals(member)).flatMap(o -> byMember.get(o).stream())
                            .anyMatch(o -> o.token().equals(row.token()) && o.side() == row.side()
                                    && Duration.between(o.time(), row.time()).abs().toSeconds() <= 10);
                    if (sibling) synchronised++;
                }
            }
            assertThat(total).isPositive();
            assertThat(synchronised).isGreaterThanOrEqualTo(total * 9 / 10);
        }
    }

    @Test void resolvedMarketsHaveNoBooksAndTheWorldRedeemedThem() {
        for (SimMarket market : fixture.world.markets()) {
            if (!market.resolvesAt().isBefore(WorldFixture.START.minus(Duration.ofHours(4)))) continue;
            assertThat(fixture.settlement.isResolved(market.market().conditionId())).isTrue();
            for (OutcomeToken token : market.market().tokens()) {
                assertThat(fixture.engine.book(token.tokenId())).isEmpty();
                for (SimWallet wallet : fixture.world.wallets())
                    assertThat(fixture.engine.balances(wallet.address()).shares(token.tokenId())).isEqualByComparingTo("0");
            }
        }
        assertThat(fixture.settlement.redemptions(java.util.Optional.empty())).isNotEmpty()
                .allSatisfy(r -> assertThat(r.payout()).isLessThanOrEqualTo(r.shares()));
    }

    /** Profit of the wallet's trades in resolved markets: sales plus the payout of what it still held, less purchases. */
    private static BigDecimal resolvedPnl(List<Row> rows) {
        Map<TokenId, BigDecimal> held = new HashMap<>();
        BigDecimal pnl = BigDecimal.ZERO;
        for (Row r : rows) {
            SimMarket market = fixture.world.marketOf(r.token()).orElseThrow();
            if (!fixture.settlement.isResolved(market.market().conditionId())) continue;
            BigDecimal cash = r.size().multiply(r.price());
            pnl = r.side() == Side.BUY ? pnl.subtract(cash) : pnl.add(cash);
            held.merge(r.token(), r.side() == Side.BUY ? r.size() : r.size().negate(), BigDecimal::add);
        }
        for (var e : held.entrySet()) {
            SimMarket market = fixture.world.marketOf(e.getKey()).orElseThrow();
            if (market.winner().tokenId().equals(e.getKey())) pnl = pnl.add(e.getValue());
        }
        return pnl;
    }

    private static BigDecimal resolvedCost(List<Row> rows) {
        return rows.stream().filter(r -> r.side() == Side.BUY)
                .filter(r -> fixture.settlement.isResolved(fixture.world.marketOf(r.token()).orElseThrow().market().conditionId()))
                .map(r -> r.size().multiply(r.price())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<Long> gaps(List<Row> rows) {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) gaps.add(Duration.between(rows.get(i - 1).time(), rows.get(i).time()).toSeconds());
        return gaps;
    }

    private static double coefficientOfVariation(List<Long> values) {
        double mean = values.stream().mapToLong(Long::longValue).average().orElse(0);
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).average().orElse(0);
        return Math.sqrt(variance) / mean;
    }
}
