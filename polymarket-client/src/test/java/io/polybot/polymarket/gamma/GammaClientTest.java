package io.polybot.polymarket.gamma;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.polymarket.LoopbackServer;
import io.polybot.polymarket.LoopbackServer.Reply;
import io.polybot.polymarket.http.FakeTime;
import io.polybot.polymarket.http.RetryPolicy;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GammaClientTest {
    private final LoopbackServer server = new LoopbackServer();
    private final FakeTime time = new FakeTime();
    private final GammaClient client = new GammaClient(server.baseUri(), HttpClient.newHttpClient(), time.limiter(),
            RetryPolicy.DEFAULT, time, Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        server.close();
    }

    static String market(int i) {
        return "{\"id\":\"" + i + "\",\"conditionId\":\"0x" + i + "\",\"question\":\"Q" + i + "?\",\"slug\":\"q" + i + "\","
                + "\"outcomes\":\"[\\\"Yes\\\",\\\"No\\\"]\",\"clobTokenIds\":\"[\\\"1\\\",\\\"2\\\"]\","
                + "\"outcomePrices\":\"[\\\"0.4\\\",\\\"0.6\\\"]\",\"orderPriceMinTickSize\":0.01,\"active\":true,"
                + "\"closed\":false,\"acceptingOrders\":true,\"enableOrderBook\":true,\"endDate\":\"2026-12-31T00:00:00Z\"}";
    }

    static String page(int from, int count, int badIndex) {
        StringJoiner rows = new StringJoiner(",", "[", "]");
        IntStream.range(from, from + count).forEach(i -> rows.add(i == badIndex ? "{\"id\":\"" + i + "\"}" : market(i)));
        return rows.toString();
    }

    @Test
    void pagesMarketsSkippingAndCountingBadRows() throws Exception {
        server.on("GET /markets", r -> r.query().contains("offset=0")
                ? new Reply(200, page(0, 100, 7)) : new Reply(200, page(100, 3, -1)));

        var markets = client.markets("closed=false");

        assertThat(markets).hasSize(102);
        assertThat(client.parseErrors()).isEqualTo(1);
        assertThat(server.requests).extracting(LoopbackServer.Request::query)
                .containsExactly("limit=100&offset=0&closed=false", "limit=100&offset=100&closed=false");
    }

    @Test
    void readsOneMarketByIdAndBySlugAndNothingFor404() throws Exception {
        server.on("GET /markets/42", 200, market(42));
        server.on("GET /markets/slug/q42", 200, market(42));
        assertThat(client.market("42")).hasValueSatisfying(m -> assertThat(m.tradable()).isTrue());
        assertThat(client.marketBySlug("q42").orElseThrow().conditionId()).isEqualTo("0x42");
        assertThat(client.market("404")).isEmpty();
    }

    @Test
    void readsEventsWithTheirMarkets() throws Exception {
        server.on("GET /events", 200, "[{\"id\":\"9\",\"slug\":\"ev\",\"title\":\"E\",\"negRisk\":true,\"markets\":["
                + market(1) + ",{\"question\":\"no condition\"}," + market(2) + "]}]");

        var events = client.events("closed=false");

        GammaEvent event = events.rows().getFirst();
        assertThat(event.negRisk()).isTrue();
        assertThat(event.markets()).extracting(GammaMarket::eventSlug).containsExactly("ev", "ev");
        assertThat(events.errors()).singleElement().satisfies(e -> assertThat(e.getMessage()).contains("conditionId"));
        assertThat(client.parseErrors()).isEqualTo(1);
    }

    @Test
    void retriesServerErrors() throws Exception {
        server.onSequence("GET /events/9", new Reply(503, ""), new Reply(200, "{\"id\":\"9\",\"markets\":[]}"));
        assertThat(client.event("9")).hasValueSatisfying(e -> assertThat(e.id()).isEqualTo("9"));
        assertThat(time.sleeps).containsExactly(Duration.ofMillis(200));
    }
}
