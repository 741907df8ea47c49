package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.time.AcceleratedClock;
import io.polybot.core.time.Clock;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.tape.TradeTape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WorldDriverTest {
    private final World world = WorldGenerator.generate(3);
    private final TradeTape tape = new TradeTape(10_000);
    private WorldDriver driver;
    private MatchingEngine engine;

    private void open(double speed) {
        engine = new MatchingEngine(new AcceleratedClock(Clock.system(), speed), "test");
        engine.addListener(tape);
        driver = new WorldDriver(world, engine, speed);
        driver.open();
    }

    @AfterEach void close() { driver.close(); }

    @Test void opensWithDeepTwoSidedBooksOnEveryToken() {
        open(1);
        for (SimMarket market : world.markets()) {
            for (OutcomeToken token : market.market().tokens()) {
                BookDepth book = engine.book(token.tokenId()).orElseThrow();
                assertThat(book.bids()).hasSize(5);
                assertThat(book.asks()).hasSize(5);
                assertThat(book.bestBid().orElseThrow()).isLessThan(book.bestAsk().orElseThrow());
                // A $100 buy fills at the touch.
                BookDepth.Level touch = book.asks().getFirst();
                assertThat(touch.price().multiply(touch.size())).isGreaterThan(new BigDecimal("100"));
            }
        }
    }

    @Test void whaleBuysTheFavouredOutcomeForAtLeastTenThousand() {
        open(1);
        SimWallet whale = world.wallets(WalletType.INFORMED).getFirst();

        Trade trade = driver.triggerWhaleTrade().orElseThrow();

        SimMarket market = world.market(trade.market()).orElseThrow();
        assertThat(trade.taker()).isEqualTo(whale.address());
        assertThat(trade.side()).isEqualTo(Side.BUY);
        assertThat(trade.token()).isEqualTo(market.favoured().tokenId());
        assertThat(trade.notional()).isGreaterThanOrEqualTo(WorldDriver.WHALE_MIN_NOTIONAL);
        Set<WalletType> makerTypes = trade.makerFills().stream()
                .map(f -> world.wallet(f.maker()).orElseThrow().type()).collect(Collectors.toSet());
        assertThat(makerTypes).containsExactly(WalletType.MARKET_MAKER);
    }

    @Test void marketMakersRequoteTheLadderAfterBeingSwept() {
        open(1);
        Trade trade = driver.triggerWhaleTrade().orElseThrow();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            BookDepth book = engine.book(trade.token()).orElseThrow();
            assertThat(book.asks()).hasSize(5);
            assertThat(book.bids()).hasSize(5);
            assertThat(book.asks().getFirst().size()).isEqualByComparingTo("3000");
        });
    }

    @Test void theWorldTradesOnItsOwn() {
        open(1000);   // 2-6 s between noise trades becomes a few milliseconds

        driver.start();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<Trade> trades = tape.find(t -> true, 0, Integer.MAX_VALUE);
            Set<WalletType> takers = trades.stream().map(t -> world.wallet(t.taker()).orElseThrow().type()).collect(Collectors.toSet());
            assertThat(takers).contains(WalletType.NOISE, WalletType.INFORMED);
        });
    }

    @Test void sameSeedMakesTheSameFirstWhaleTrade() {
        open(1);
        Trade first = driver.triggerWhaleTrade().orElseThrow();
        driver.close();
        open(1);

        Trade again = driver.triggerWhaleTrade().orElseThrow();

        assertThat(again.token()).isEqualTo(first.token());
        assertThat(again.size()).isEqualByComparingTo(first.size());
        assertThat(again.notional()).isEqualByComparingTo(first.notional());
    }
}
