package io.polybot.ingest.markets;

import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.TokenId;
import io.polybot.polymarket.gamma.GammaMarket;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarketCatalogTest {
    static GammaMarket gamma(boolean acceptingOrders, List<String> outcomes, List<String> tokens, BigDecimal tick) {
        return new GammaMarket("1", "0x" + "ab".repeat(32), "Will it rain?", "rain", "weather-event", null, outcomes, tokens,
                List.of(new BigDecimal("0.4"), new BigDecimal("0.6")), tick, new BigDecimal("5"), false, true, false,
                acceptingOrders, true, Instant.parse("2026-12-01T00:00:00Z"), null);
    }

    @Test void mapsOutcomesToTokensInOrder() {
        Market m = MarketCatalog.toMarket(gamma(true, List.of("Yes", "No"), List.of("11", "22"), new BigDecimal("0.001")));
        assertThat(m.tokens()).extracting(t -> t.outcome() + "=" + t.tokenId() + "#" + t.outcomeIndex())
                .containsExactly("Yes=11#0", "No=22#1");
        assertThat(m.tickSize()).isEqualByComparingTo("0.001");
        assertThat(m.minOrderSize()).isEqualByComparingTo("5");
        assertThat(m.eventSlug()).isEqualTo("weather-event");
        assertThat(m.category()).isEqualTo("uncategorised");
        assertThat(m.status()).isEqualTo(MarketStatus.OPEN);
        assertThat(m.token(new TokenId("22"))).isPresent();
    }

    @Test void aMarketNotAcceptingOrdersIsClosed() {
        assertThat(MarketCatalog.toMarket(gamma(false, List.of("Yes", "No"), List.of("11", "22"), new BigDecimal("0.01"))).status())
                .isEqualTo(MarketStatus.CLOSED);
    }

    @Test void aMissingTickDefaultsToOneCent() {
        assertThat(MarketCatalog.toMarket(gamma(true, List.of("Yes", "No"), List.of("11", "22"), null)).tickSize()).isEqualByComparingTo("0.01");
    }

    @Test void refusesOutcomesThatDoNotMatchTheirTokens() {
        assertThatThrownBy(() -> MarketCatalog.toMarket(gamma(true, List.of("Yes", "No"), List.of("11"), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
    }
}
