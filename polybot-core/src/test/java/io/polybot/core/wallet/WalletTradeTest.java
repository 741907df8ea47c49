package io.polybot.core.wallet;

import io.polybot.core.Fixtures;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

final class WalletTradeTest {
    @Test void contentIdIsStableAcrossReleases() {
        WalletTrade trade = new WalletTrade(null, new WalletAddress("0x56178A0D5F301BAF6CF3E1CD53D9863437345BF9"),
                Fixtures.MARKET, new TokenId("71321045679252212594626385532706912750332728571942532289631379312455583992563"),
                "Yes", Side.BUY, Price.of("0.550"), Size.of("1250.50"), Instant.parse("2026-03-02T14:00:00.750Z"),
                Instant.parse("2026-03-02T14:00:02Z"),
                "0x2b3e9c1f7b9b6c1c3f3f5e8f1ad9a0a4d2f4c6e8b0a2c4e6f8a0b2c4d6e8f0a2", 1, "rtds");

        // Stored ids depend on this value: a changed content hash breaks de-duplication against history.
        // SHA-256 over wallet-trade, lower-case wallet, token, BUY, 0.55, 1250.5, 1772460000 (seconds), tx, 1.
        assertThat(trade.id()).isEqualTo("1f8cc233dd1772c6ef5ba7cb5ced0de2");
    }

    @Test void sameFillFromAnyFeedHasTheSameId() {
        WalletTrade fromRtds = Fixtures.whaleTrade().source("rtds").price("0.50").build();
        WalletTrade fromDataApi = Fixtures.whaleTrade().source("data-api").price("0.5")
                .receivedAt(Fixtures.T0.plusSeconds(90)).build();

        assertThat(fromRtds.id()).isEqualTo(fromDataApi.id()).hasSize(32).matches("[0-9a-f]{32}");
    }

    @Test void identicalFillsInOneTransactionDifferByOccurrence() {
        WalletTrade first = Fixtures.whaleTrade().occurrence(0).build();
        WalletTrade second = Fixtures.whaleTrade().occurrence(1).build();

        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test void anyTradedFactChangesTheId() {
        String id = Fixtures.whaleTrade().build().id();

        assertThat(Fixtures.whaleTrade().wallet("another-whale").build().id()).isNotEqualTo(id);
        assertThat(Fixtures.whaleTrade().no().build().id()).isNotEqualTo(id);
        assertThat(Fixtures.whaleTrade().sell().build().id()).isNotEqualTo(id);
        assertThat(Fixtures.whaleTrade().price("0.51").build().id()).isNotEqualTo(id);
        assertThat(Fixtures.whaleTrade().size("101").build().id()).isNotEqualTo(id);
        assertThat(Fixtures.whaleTrade().at(Fixtures.T0.plusSeconds(1)).build().id()).isNotEqualTo(id);
        assertThat(Fixtures.whaleTrade().transactionHash(null).build().id()).isNotEqualTo(id);
    }

    @Test void keepsAnIdGivenByTheFeed() {
        WalletTrade template = Fixtures.whaleTrade().build();
        WalletTrade trade = new WalletTrade("feed-id", template.wallet(), template.market(), template.token(), "Yes",
                template.side(), template.price(), template.size(), template.eventTime(), template.receivedAt(), null, 0, "chain");

        assertThat(trade.id()).isEqualTo("feed-id");
    }

    @Test void notionalIsPriceTimesSize() {
        assertThat(Fixtures.whaleTrade().usd("12500").build().notional()).isEqualTo(Usd.of("12500"));
        assertThat(Fixtures.whaleTrade().price("0.4").size("250").build().notional()).isEqualTo(Usd.of("100"));
    }

    @Test void rejectsMissingFactsAndNegativeOccurrence() {
        assertThatThrownBy(() -> Fixtures.whaleTrade().occurrence(-1).build()).hasMessage("occurrence must be >= 0");
        WalletTrade t = Fixtures.whaleTrade().build();
        assertThatThrownBy(() -> new WalletTrade(null, null, t.market(), t.token(), "Yes", t.side(), t.price(), t.size(),
                t.eventTime(), t.receivedAt(), null, 0, "rtds")).hasMessage("wallet trade is missing a required field");
    }
}
