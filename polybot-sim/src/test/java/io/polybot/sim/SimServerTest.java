package io.polybot.sim;

import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.WalletType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimServerTest {
    private static SimHandle sim;
    private static SimTestClient client;
    private static SimMarket market;

    @BeforeAll static void start() {
        sim = SimServer.start(SimConfig.loopback(42));
        client = new SimTestClient(sim.baseUrls());
        market = sim.world().markets().getFirst();
    }

    @AfterAll static void stop() { sim.close(); }

    @Test void servesEveryServiceOnOneLoopbackPort() {
        SimUrls urls = sim.baseUrls();
        assertThat(sim.port()).isPositive();
        assertThat(urls.clob()).hasToString("http://127.0.0.1:" + sim.port() + "/clob");
        assertThat(urls.rtds()).hasToString("ws://127.0.0.1:" + sim.port() + "/rtds");
        assertThat(urls.startupLine()).isEqualTo("{\"sim\":{\"clob\":\"http://127.0.0.1:" + sim.port() + "/clob\",\"rtds\":\"ws://127.0.0.1:"
                + sim.port() + "/rtds\",\"data\":\"http://127.0.0.1:" + sim.port() + "/data\",\"gamma\":\"http://127.0.0.1:" + sim.port()
                + "/gamma\",\"sim\":\"http://127.0.0.1:" + sim.port() + "/sim\"}}");
    }

    @Test void timeIsBareIntegerSecondsAndVersionIsTwo() {
        assertThat(client.get(sim.baseUrls().clob(), "/time").body()).matches("[0-9]{10}");
        assertThat(client.get(sim.baseUrls().clob(), "/version").body()).isEqualTo("{\"version\":2}");
    }

    @Test void bookListsTheBestLevelLastOnEachSide() {
        String token = market.yes().tokenId().value();
        SimTestClient.Response response = client.get(sim.baseUrls().clob(), "/book?token_id=" + token);

        assertThat(response.status()).isEqualTo(200);
        JsonNode book = response.json();
        assertThat(book.get("market").asString()).isEqualTo(market.market().conditionId().value());
        assertThat(book.get("asset_id").asString()).isEqualTo(token);
        assertThat(book.get("tick_size").asString()).isEqualTo("0.01");
        assertThat(book.get("min_order_size").asString()).isEqualTo("5");
        assertThat(book.get("neg_risk").asBoolean()).isFalse();
        assertThat(book.get("timestamp").asString()).matches("[0-9]{13}");
        assertThat(book.get("hash").asString()).matches("[0-9a-f]{40}");
        List<BigDecimal> bids = prices(book.get("bids"));
        List<BigDecimal> asks = prices(book.get("asks"));
        assertThat(bids).hasSizeGreaterThanOrEqualTo(5).isSorted();
        assertThat(asks).hasSizeGreaterThanOrEqualTo(5).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(bids.getLast()).isLessThan(asks.getLast());
        assertThat(book.get("bids").get(0).get("size").isString()).isTrue();
    }

    @Test void unknownTokenHasNoBook() {
        SimTestClient.Response response = client.get(sim.baseUrls().clob(), "/book?token_id=123");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asString()).isEqualTo("No orderbook exists for the requested token id");
    }

    @Test void tickSizeAndNegRiskOfAToken() {
        String token = market.no().tokenId().value();
        assertThat(client.get(sim.baseUrls().clob(), "/tick-size?token_id=" + token).body()).isEqualTo("{\"minimum_tick_size\":0.01}");
        assertThat(client.get(sim.baseUrls().clob(), "/neg-risk?token_id=" + token).body()).isEqualTo("{\"neg_risk\":false}");
    }

    @Test void clobMarketsIsOnePageEndingTheCursor() {
        JsonNode page = client.get(sim.baseUrls().clob(), "/markets").json();

        assertThat(page.get("next_cursor").asString()).isEqualTo("LTE=");
        assertThat(page.get("count").asInt()).isEqualTo(sim.world().markets().size());
        JsonNode first = page.get("data").get(0);
        assertThat(first.get("condition_id").asString()).isEqualTo(market.market().conditionId().value());
        assertThat(first.get("tokens").get(0).get("token_id").asString()).isEqualTo(market.yes().tokenId().value());
        assertThat(first.get("minimum_tick_size").decimalValue()).isEqualByComparingTo("0.01");
    }

    @Test void gammaMarketsCarryEncodedOutcomesAndTokenIds() {
        JsonNode markets = client.get(sim.baseUrls().gamma(), "/markets").json();

        assertThat(markets.size()).isEqualTo(sim.world().markets().size());
        JsonNode m = markets.get(0);
        assertThat(m.get("conditionId").asString()).isEqualTo(market.market().conditionId().value());
        assertThat(m.get("question").asString()).isEqualTo(market.market().question());
        assertThat(m.get("slug").asString()).isEqualTo(market.market().slug());
        assertThat(m.get("outcomes").asString()).isEqualTo("[\"Yes\",\"No\"]");
        assertThat(m.get("clobTokenIds").asString()).isEqualTo("[\"" + market.yes().tokenId().value() + "\",\"" + market.no().tokenId().value() + "\"]");
        assertThat(m.get("orderPriceMinTickSize").decimalValue()).isEqualByComparingTo("0.01");
        assertThat(m.get("orderMinSize").decimalValue()).isEqualByComparingTo("5");
        assertThat(m.get("negRisk").asBoolean()).isFalse();
        assertThat(m.get("active").asBoolean()).isTrue();
        assertThat(m.get("closed").asBoolean()).isFalse();
        assertThat(m.get("acceptingOrders").asBoolean()).isTrue();
        assertThat(m.get("enableOrderBook").asBoolean()).isTrue();
        assertThat(m.get("endDate").asString()).isEqualTo(market.market().endDate().toString());
        assertThat(m.get("category").asString()).isEqualTo(market.market().category());
        assertThat(m.get("events").get(0).get("slug").asString()).isEqualTo(market.market().eventSlug());
        assertThat(m.get("events").get(0).get("title").asString()).isEqualTo(market.eventTitle());
    }

    @Test void gammaFiltersBySlug() {
        JsonNode markets = client.get(sim.baseUrls().gamma(), "/markets?slug=" + market.market().slug()).json();
        assertThat(markets.size()).isEqualTo(1);
        assertThat(markets.get(0).get("slug").asString()).isEqualTo(market.market().slug());
    }

    @Test void truthNamesTheWhaleAndTheTrueProbabilities() {
        JsonNode truth = client.get(sim.baseUrls().sim(), "/truth").json();

        String whale = sim.world().wallets(WalletType.INFORMED).getFirst().address().value();
        assertThat(truth.get("seed").asLong()).isEqualTo(42);
        assertThat(truth.get("wallets").get(whale).asString()).isEqualTo("INFORMED");
        assertThat(truth.get("wallets").size()).isEqualTo(sim.world().wallets().size());
        assertThat(truth.get("linkedGroups").size()).isEqualTo(sim.world().groups().size());
        assertThat(truth.get("markets").get(market.market().conditionId().value()).decimalValue())
                .isEqualByComparingTo(market.trueProbability());
    }

    @Test void fundCreditsAnyAddress() {
        String address = "0x" + "5".repeat(40);
        SimTestClient.Response response = client.post(sim.baseUrls().sim(), "/fund", "{\"address\":\"" + address + "\",\"pusd\":\"250.5\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(sim.balances(address).pusd()).isEqualByComparingTo("250.5");
        assertThat(client.post(sim.baseUrls().sim(), "/fund", "{\"address\":\"nope\",\"pusd\":\"1\"}").status()).isEqualTo(400);
    }

    @Test void whaleTradeIsRecordedForTheDataApiNewestFirst() {
        String whale = sim.world().wallets(WalletType.INFORMED).getFirst().address().value();
        JsonNode answer = client.post(sim.baseUrls().sim(), "/whale-trade", "").json();
        assertThat(answer.get("notional").decimalValue()).isGreaterThanOrEqualTo(new BigDecimal("10000"));

        JsonNode rows = client.get(sim.baseUrls().data(), "/trades?user=" + whale + "&limit=5").json();

        JsonNode newest = rows.get(0);
        assertThat(newest.get("proxyWallet").asString()).isEqualTo(whale);
        assertThat(newest.get("transactionHash").asString()).isEqualTo(answer.get("trade").get("transactionHash").asString());
        assertThat(newest.get("side").asString()).isEqualTo("BUY");
        assertThat(newest.get("size").isNumber()).isTrue();
        assertThat(newest.get("price").isNumber()).isTrue();
        assertThat(newest.get("size").decimalValue().multiply(newest.get("price").decimalValue())).isGreaterThanOrEqualTo(new BigDecimal("9999.99"));
        assertThat(newest.get("timestamp").asLong()).isLessThan(10_000_000_000L);   // seconds, not ms
        assertThat(newest.get("eventSlug").asString()).isNotBlank();
        assertThat(newest.get("pseudonym").asString()).isNotBlank();
        List<Long> times = new ArrayList<>();
        client.get(sim.baseUrls().data(), "/trades?limit=50").json().forEach(r -> times.add(r.get("timestamp").asLong()));
        assertThat(times).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test void dataApiMakerRowsOnlyWithTakerOnlyFalse() {
        sim.triggerWhaleTrade().orElseThrow();
        JsonNode takerOnly = client.get(sim.baseUrls().data(), "/trades?limit=1").json();
        JsonNode all = client.get(sim.baseUrls().data(), "/trades?limit=1000&takerOnly=false").json();
        List<String> makers = sim.world().wallets(WalletType.MARKET_MAKER).stream().map(w -> w.address().value()).toList();

        assertThat(makers).doesNotContain(takerOnly.get(0).get("proxyWallet").asString());
        List<String> wallets = new ArrayList<>();
        all.forEach(r -> wallets.add(r.get("proxyWallet").asString()));
        assertThat(wallets).containsAnyElementsOf(makers);
    }

    private static List<BigDecimal> prices(JsonNode levels) {
        List<BigDecimal> out = new ArrayList<>();
        levels.forEach(l -> out.add(new BigDecimal(l.get("price").asString())));
        return out;
    }
}
