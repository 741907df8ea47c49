package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.Trade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class WorldDriverTest {
    private WorldFixture fixture = new WorldFixture(3, WorldScale.demo());

    @AfterEach void close() { fixture.close(); }

    private List<SimMarket> live() {
        return fixture.world.markets().stream().filter(m -> m.resolvesAt().isAfter(WorldFixture.START)).toList();
    }

    @Test void liveMarketsHaveDeepTwoSidedBooksAfterTheHistory() {
        for (SimMarket market : live()) {
            for (OutcomeToken token : market.market().tokens()) {
                BookDepth book = fixture.engine.book(token.tokenId()).orElseThrow();
                assertThat(book.bids()).hasSizeGreaterThanOrEqualTo(5);
                assertThat(book.asks()).hasSizeGreaterThanOrEqualTo(5);
                assertThat(book.bestBid().orElseThrow()).isLessThan(book.bestAsk().orElseThrow());
                BookDepth.Level touch = book.asks().getFirst();
                assertThat(touch.price().multiply(touch.size())).isGreaterThan(new BigDecimal("100"));
            }
        }
    }

    @Test void whaleBuysTheFavouredOutcomeOfALiveMarketForAtLeastTenThousand() {
        SimWallet whale = fixture.world.wallets(WalletType.INFORMED).getFirst();

        Trade trade = fixture.driver.triggerWhaleTrade().orElseThrow();

        SimMarket market = fixture.world.market(trade.market()).orElseThrow();
        assertThat(live()).contains(market);
        assertThat(trade.taker()).isEqualTo(whale.address());
        assertThat(trade.side()).isEqualTo(Side.BUY);
        assertThat(trade.token()).isEqualTo(market.favoured().tokenId());
        assertThat(trade.notional()).isGreaterThanOrEqualTo(WorldDriver.WHALE_MIN_NOTIONAL);
        Set<WalletType> makerTypes = trade.makerFills().stream()
                .map(f -> fixture.world.wallet(f.maker()).orElseThrow().type()).collect(Collectors.toSet());
        assertThat(makerTypes).containsExactly(WalletType.MARKET_MAKER);
    }

    @Test void marketMakersRequoteTheLadderAfterBeingSwept() {
        Trade trade = fixture.driver.triggerWhaleTrade().orElseThrow();

        BookDepth book = fixture.engine.book(trade.token()).orElseThrow();
        assertThat(book.asks()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(book.bids()).hasSizeGreaterThanOrEqualTo(5);
    }

    @Test void theWorldKeepsTradingAsSimulatedTimePasses() {
        int before = fixture.tape.size();

        fixture.advanceTo(WorldFixture.START.plus(Duration.ofHours(12)));

        List<Trade> later = fixture.tape.find(t -> !t.matchTime().isBefore(WorldFixture.START), 0, Integer.MAX_VALUE);
        assertThat(fixture.tape.size()).isGreaterThan(before);
        Set<WalletType> takers = later.stream().map(t -> fixture.world.wallet(t.taker()).orElseThrow().type()).collect(Collectors.toSet());
        assertThat(takers).contains(WalletType.NOISE, WalletType.BOT);
    }

    @Test void sameSeedMakesTheSameHistoryAndTheSameFirstWhaleTrade() {
        List<String> first = fingerprint(fixture.trades());
        Trade whale = fixture.driver.triggerWhaleTrade().orElseThrow();
        fixture.close();
        fixture = new WorldFixture(3, WorldScale.demo());

        assertThat(fingerprint(fixture.trades())).isEqualTo(first).hasSizeGreaterThan(100);
        Trade again = fixture.driver.triggerWhaleTrade().orElseThrow();
        assertThat(again.token()).isEqualTo(whale.token());
        assertThat(again.notional()).isEqualByComparingTo(whale.notional());
    }

    @Test void differentSeedsMakeDifferentHistories() {
        try (WorldFixture other = new WorldFixture(4, WorldScale.demo())) {
            assertThat(fingerprint(other.trades())).isNotEqualTo(fingerprint(fixture.trades()));
        }
    }

    private static List<String> fingerprint(List<Trade> trades) {
        return trades.stream().map(t -> t.matchTime() + " " + t.taker() + " " + t.side() + " " + t.token() + " "
                + t.size().stripTrailingZeros().toPlainString() + " @ " + t.price().toPlainString()).toList();
    }
}
