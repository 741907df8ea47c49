package io.polybot.core;

import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.Order;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.wallet.WalletTrade;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

final class FixturesTest {
    @Test void whaleTradeSizedByNotional() {
        WalletTrade trade = Fixtures.whaleTrade().usd("12500").build();

        assertThat(trade.size()).isEqualTo(Size.of("25000"));
        assertThat(trade.notional()).isEqualTo(Usd.of("12500"));
        assertThat(trade.wallet()).isEqualTo(Fixtures.WHALE);
    }

    @Test void notionalAppliesAtTheFinalPriceAndRoundsToCents() {
        assertThat(Fixtures.whaleTrade().usd("100").price("0.4").build().size()).isEqualTo(Size.of("250"));
        assertThat(Fixtures.whaleTrade().price("0.3").usd("100").build().size()).isEqualTo(Size.of("333.33"));
    }

    @Test void idsAreDeterministicAndValid() {
        assertThat(Fixtures.conditionId("a")).isEqualTo(Fixtures.conditionId("a")).isNotEqualTo(Fixtures.conditionId("b"));
        assertThat(Fixtures.tokenId("a")).isEqualTo(Fixtures.tokenId("a")).isNotEqualTo(Fixtures.tokenId("b"));
        assertThat(Fixtures.address("a").value()).hasSize(42).startsWith("0x");
        assertThat(Fixtures.orderHash("a").value()).hasSize(66);
        assertThat(Fixtures.transactionHash("a")).matches("0x[0-9a-f]{64}");
        assertThat(Fixtures.whaleTrade().build().id()).isEqualTo(Fixtures.whaleTrade().build().id());
    }

    @Test void defaultMarketHoldsTheDefaultTokens() {
        Market market = Fixtures.market().build();

        assertThat(market.conditionId()).isEqualTo(Fixtures.MARKET);
        assertThat(market.token(Fixtures.YES)).hasValueSatisfying(t -> assertThat(t.outcome()).isEqualTo("Yes"));
        assertThat(market.token(Fixtures.NO)).hasValueSatisfying(t -> assertThat(t.outcome()).isEqualTo("No"));
        assertThat(Fixtures.market().resolved("Yes").build().winningToken()).isEqualTo(Fixtures.YES);
        assertThat(Fixtures.market().resolved("Yes").build().status()).isEqualTo(MarketStatus.RESOLVED);
    }

    @Test void signalOrderAndFillChainTogether() {
        WalletTrade trade = Fixtures.whaleTrade().price("0.62").usd("3100").build();
        Signal signal = Fixtures.signal().triggeredBy(trade).build();
        Order order = Fixtures.order().forSignal(signal).build();

        assertThat(signal.id()).isEqualTo(SignalId.of("whale-copy", trade.id()));
        assertThat(signal.triggerNotional()).isEqualTo(Usd.of("3100"));
        assertThat(signal.provenance()).containsEntry("trade", trade.id());
        assertThat(order.signalId()).isEqualTo(signal.id());
        assertThat(order.price()).isEqualTo(Price.of("0.62"));
        assertThat(Fixtures.fill().of(order).build().orderHash()).isEqualTo(order.hash());
    }

    @Test void bookIsSortedBestFirst() {
        var book = Fixtures.book().bid("0.47", "10").bid("0.48", "5").ask("0.53", "7").ask("0.52", "3").build();

        assertThat(book.bestBid()).contains(Price.of("0.48"));
        assertThat(book.bestAsk()).contains(Price.of("0.52"));
    }
}
