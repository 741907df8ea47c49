package io.polybot.ingest.markets;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.TokenId;
import io.polybot.ingest.LoopbackApi;
import io.polybot.polymarket.gamma.GammaClient;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue over real HTTP (Gamma's {@code /markets} shape) into real PostgreSQL: an open market
 * is stored OPEN; when Gamma later lists it closed with settled outcome prices, the stored market
 * becomes RESOLVED with its winning token; a closed market whose result is still disputed is not.
 */
class MarketCatalogResolutionTest {
    static final String RAIN = "0x" + "1a".repeat(32), SNOW = "0x" + "2b".repeat(32);

    @TempDir static Path dataDir;
    static Store store;

    final List<String> open = new ArrayList<>(), closed = new ArrayList<>();

    @BeforeAll static void openStore() { store = Store.open(StoreConfig.embedded(dataDir)); }

    @AfterAll static void closeStore() { store.close(); }

    @BeforeEach void clean() { store.jdbi().useHandle(h -> h.execute("TRUNCATE markets CASCADE")); }

    /** A Gamma market row as the API sends it (lists as JSON-encoded strings). */
    static String gamma(String conditionId, String yesToken, String noToken, boolean isClosed, String yesPrice, String noPrice, String uma) {
        return """
                {"id":"%s","conditionId":"%s","question":"Will it %s?","slug":"%s","category":"weather",
                 "outcomes":"[\\"Yes\\", \\"No\\"]","clobTokenIds":"[\\"%s\\", \\"%s\\"]","outcomePrices":"[\\"%s\\", \\"%s\\"]",
                 "orderPriceMinTickSize":0.01,"orderMinSize":5,"negRisk":false,"active":true,"closed":%s,
                 "acceptingOrders":%s,"enableOrderBook":true,"endDate":"2030-01-02T00:00:00Z"%s,
                 "events":[{"slug":"weather-event"}]}"""
                .formatted(yesToken, conditionId, yesToken, yesToken, yesToken, noToken, yesPrice, noPrice, isClosed, !isClosed,
                        uma == null ? "" : ",\"umaResolutionStatus\":\"" + uma + "\"");
    }

    int refresh() throws Exception {
        try (LoopbackApi api = new LoopbackApi("/markets", query -> !query.get("offset").equals("0") ? "[]"
                : "[" + String.join(",", Boolean.parseBoolean(query.get("closed")) ? closed : open) + "]")) {
            return new MarketCatalog(new GammaClient(api.url()), store.markets()).refresh();
        }
    }

    @Test void aMarketGammaListsAsSettledIsStoredResolvedWithItsWinner() throws Exception {
        open.add(gamma(RAIN, "11", "12", false, "0.62", "0.38", null));
        assertThat(refresh()).isEqualTo(1);
        assertThat(store.markets().find(new ConditionId(RAIN))).get().extracting(Market::status).isEqualTo(MarketStatus.OPEN);

        open.clear();
        closed.add(gamma(RAIN, "11", "12", true, "0", "1", "resolved"));
        assertThat(refresh()).isEqualTo(1);

        Market rain = store.markets().find(new ConditionId(RAIN)).orElseThrow();
        assertThat(rain.status()).isEqualTo(MarketStatus.RESOLVED);
        assertThat(rain.winningToken()).isEqualTo(new TokenId("12"));
        assertThat(rain.eventSlug()).isEqualTo("weather-event");
        assertThat(store.markets().all()).hasSize(1);
    }

    @Test void aClosedMarketUnderDisputeIsStoredWithoutAWinner() throws Exception {
        closed.add(gamma(SNOW, "21", "22", true, "1", "0", "disputed"));
        closed.add(gamma(RAIN, "11", "12", true, "1", "0", null));
        assertThat(refresh()).isEqualTo(2);

        Market snow = store.markets().find(new ConditionId(SNOW)).orElseThrow();
        assertThat(snow.status()).isEqualTo(MarketStatus.CLOSED);
        assertThat(snow.winningToken()).isNull();
        Market rain = store.markets().find(new ConditionId(RAIN)).orElseThrow();
        assertThat(rain.status()).isEqualTo(MarketStatus.RESOLVED);
        assertThat(rain.winningToken()).isEqualTo(new TokenId("11"));
    }
}
