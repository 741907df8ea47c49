package io.polybot.sim;

import io.polybot.core.market.Side;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.matching.OrderRequest;
import io.polybot.sim.matching.OrderState;
import io.polybot.sim.matching.PlaceResult;
import io.polybot.sim.world.LinkedGroup;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.WorldScale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated history, resolution and redemption as a scorer and a bot see them: through real HTTP. */
class SimWorldApiTest {
    private static final Instant START = Instant.parse("2031-03-01T12:00:00Z");
    private static final SimulatedClock clock = new SimulatedClock(START);
    private static SimHandle sim;
    private static SimTestClient client;

    @BeforeAll static void start() {
        sim = SimServer.start(SimConfig.loopback(5).withScale(WorldScale.small()), clock);
        client = new SimTestClient(sim.baseUrls());
    }

    @AfterAll static void stop() { sim.close(); }

    private static JsonNode get(java.net.URI base, String path) {
        SimTestClient.Response response = client.get(base, path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static String typeOf(String wallet) { return get(sim.baseUrls().sim(), "/truth").path("wallets").path(wallet).asString(""); }

    @Test void tradesPageThroughTheHistoryWithMakerRows() {
        JsonNode first = get(sim.baseUrls().data(), "/trades?takerOnly=false&limit=500&offset=0");
        JsonNode second = get(sim.baseUrls().data(), "/trades?takerOnly=false&limit=500&offset=500");

        assertThat(first.size()).isEqualTo(500);
        assertThat(second.size()).isEqualTo(500);
        Set<String> wallets = new HashSet<>();
        first.forEach(r -> wallets.add(r.path("proxyWallet").asString()));
        assertThat(wallets.stream().map(SimWorldApiTest::typeOf)).contains("MARKET_MAKER");
        assertThat(first.get(0).path("timestamp").asLong()).isGreaterThanOrEqualTo(second.get(0).path("timestamp").asLong());
        assertThat(first.get(0).path("timestamp").asLong()).isLessThanOrEqualTo(START.getEpochSecond());
    }

    @Test void activityShowsTradesRedemptionsAndDeposits() {
        String informed = sim.world().wallets(io.polybot.sim.world.WalletType.INFORMED).getFirst().address().value();

        JsonNode activity = get(sim.baseUrls().data(), "/activity?user=" + informed + "&limit=500");

        Set<String> types = new HashSet<>();
        activity.forEach(r -> types.add(r.path("type").asString()));
        assertThat(types).contains("TRADE", "REDEEM", "DEPOSIT");
        JsonNode redeem = get(sim.baseUrls().data(), "/activity?user=" + informed + "&type=REDEEM").get(0);
        assertThat(redeem.path("outcomeIndex").asInt()).isEqualTo(999);
        assertThat(redeem.path("conditionId").asString()).matches("0x[0-9a-f]{64}");
        assertThat(redeem.path("usdcSize").decimalValue()).isLessThanOrEqualTo(redeem.path("size").decimalValue());
        JsonNode closed = get(sim.baseUrls().data(), "/closed-positions?user=" + informed);
        assertThat(closed.size()).isPositive();
        assertThat(closed).allSatisfy(p -> assertThat(p.path("curPrice").asInt()).isIn(0, 1));
    }

    @Test void gammaShowsResolvedMarketsClosedWithTheirOutcome() {
        JsonNode closed = get(sim.baseUrls().gamma(), "/markets?closed=true");
        JsonNode truth = get(sim.baseUrls().sim(), "/truth").path("outcomes");

        assertThat(closed.size()).isGreaterThanOrEqualTo(WorldScale.small().resolvedMarkets());
        for (JsonNode market : closed) {
            assertThat(market.path("closed").asBoolean()).isTrue();
            assertThat(market.path("acceptingOrders").asBoolean()).isFalse();
            assertThat(market.path("umaResolutionStatus").asString()).isEqualTo("resolved");
            String winner = truth.path(market.path("conditionId").asString()).path("winner").asString();
            List<String> tokens = List.of(io.polybot.core.json.Json.mapper().readValue(market.path("clobTokenIds").asString(), String[].class));
            List<String> prices = List.of(io.polybot.core.json.Json.mapper().readValue(market.path("outcomePrices").asString(), String[].class));
            assertThat(prices.get(tokens.indexOf(winner))).isEqualTo("1");
            assertThat(prices).containsExactlyInAnyOrder("1", "0");
        }
        assertThat(get(sim.baseUrls().gamma(), "/markets?closed=false")).allSatisfy(m -> assertThat(m.path("closed").asBoolean()).isFalse());
    }

    @Test void negRiskEventsGroupTheirMarkets() {
        List<JsonNode> negRisk = new ArrayList<>();
        get(sim.baseUrls().gamma(), "/events").forEach(e -> { if (e.path("negRisk").asBoolean()) negRisk.add(e); });

        assertThat(negRisk).hasSize(WorldScale.small().negRiskEvents()).allSatisfy(e -> {
            assertThat(e.path("markets").size()).isBetween(3, 5);
            assertThat(e.path("markets")).allSatisfy(m -> {
                assertThat(m.path("negRisk").asBoolean()).isTrue();
                assertThat(m.path("negRiskMarketID").asString()).isEqualTo(e.path("negRiskMarketID").asString());
            });
        });
    }

    @Test void truthNamesBotsLinkedGroupsAndOutcomes() {
        JsonNode truth = get(sim.baseUrls().sim(), "/truth");

        Set<String> types = new HashSet<>();
        truth.path("wallets").forEach(t -> types.add(t.asString()));
        assertThat(types).containsExactlyInAnyOrder("INFORMED", "MARKET_MAKER", "BOT", "NOISE");
        assertThat(truth.path("linkedGroups").size()).isEqualTo(WorldScale.small().linkedGroups());
        JsonNode group = truth.path("linkedGroups").get(0);
        assertThat(group.path("owner").asString()).isNotBlank();
        assertThat(group.path("funder").asString()).matches("0x[0-9a-f]{40}");
        assertThat(truth.path("outcomes").size()).isGreaterThanOrEqualTo(WorldScale.small().resolvedMarkets());
    }

    @Test void fundingShowsLinkedWalletsFundedFromOneAddress() {
        LinkedGroup group = sim.world().groups().getFirst();
        for (WalletAddress member : group.wallets()) {
            JsonNode transfers = get(sim.baseUrls().sim(), "/funding?user=" + member.value());
            assertThat(transfers.size()).isPositive();
            assertThat(transfers).allSatisfy(t -> assertThat(t.path("from").asString()).isEqualTo(group.funder().value()));
        }
    }

    @Test void resolutionCancelsOrdersMakesPositionsRedeemableAndPaysTheWinners() {
        SimMarket market = sim.world().markets().stream().filter(m -> m.resolvesAt().isAfter(START) && !m.market().negRisk()).findFirst().orElseThrow();
        String outsider = "0x00000000000000000000000000000000000abc01";
        client.post(sim.baseUrls().sim(), "/fund", "{\"address\":\"" + outsider + "\",\"pusd\":\"1000\"}");
        WalletAddress wallet = new WalletAddress(outsider);
        var winner = market.winner().tokenId();
        BigDecimal ask = sim.engine().book(winner).orElseThrow().bestAsk().orElseThrow();
        PlaceResult bought = sim.engine().place(new OrderRequest("ext-buy", wallet, "", winner, Side.BUY, ask, new BigDecimal("100"), TimeInForce.FAK));
        assertThat(bought).isInstanceOf(PlaceResult.Accepted.class);
        sim.engine().place(new OrderRequest("ext-bid", wallet, "", winner, Side.BUY, new BigDecimal("0.01"), new BigDecimal("10"), TimeInForce.GTC));
        BigDecimal cash = sim.balances(outsider).pusd();

        SimTestClient.Response resolved = client.post(sim.baseUrls().sim(), "/resolve", "{\"conditionId\":\"" + market.market().conditionId().value() + "\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(sim.engine().order("ext-bid").orElseThrow().state()).isEqualTo(OrderState.CANCELED_MARKET_RESOLVED);
        assertThat(client.get(sim.baseUrls().clob(), "/book?token_id=" + winner.value()).status()).isEqualTo(404);
        JsonNode positions = get(sim.baseUrls().data(), "/positions?user=" + outsider);
        assertThat(positions.size()).isEqualTo(1);
        assertThat(positions.get(0).path("redeemable").asBoolean()).isTrue();
        assertThat(positions.get(0).path("curPrice").asInt()).isEqualTo(1);
        JsonNode gamma = get(sim.baseUrls().gamma(), "/markets?condition_ids=" + market.market().conditionId().value()).get(0);
        assertThat(gamma.path("closed").asBoolean()).isTrue();
        JsonNode clobMarket = get(sim.baseUrls().clob(), "/markets/" + market.market().conditionId().value());
        assertThat(clobMarket.path("closed").asBoolean()).isTrue();
        assertThat(clobMarket.path("accepting_orders").asBoolean()).isFalse();
        for (JsonNode token : clobMarket.path("tokens"))
            assertThat(token.path("winner").asBoolean()).isEqualTo(token.path("token_id").asString().equals(winner.value()));

        JsonNode redeemed = client.post(sim.baseUrls().sim(), "/redeem", "{\"address\":\"" + outsider + "\"}").json();

        assertThat(redeemed.path("redeemed").get(0).path("payout").decimalValue()).isEqualByComparingTo("100");
        assertThat(sim.balances(outsider).pusd()).isEqualByComparingTo(cash.add(new BigDecimal("100")));
        assertThat(get(sim.baseUrls().data(), "/positions?user=" + outsider).size()).isZero();
        assertThat(get(sim.baseUrls().data(), "/activity?user=" + outsider + "&type=REDEEM").size()).isEqualTo(1);
    }

    @Test void marketsResolveWhenSimulatedTimeReachesThem() {
        SimMarket next = sim.world().markets().stream().filter(m -> m.resolvesAt().isAfter(START))
                .min(java.util.Comparator.comparing(SimMarket::resolvesAt)).orElseThrow();
        Instant after = next.resolvesAt().plusSeconds(5 * 3600);
        if (clock.now().isBefore(after)) clock.set(after);

        sim.advanceTo(clock.now());

        JsonNode gamma = get(sim.baseUrls().gamma(), "/markets?condition_ids=" + next.market().conditionId().value()).get(0);
        assertThat(gamma.path("closed").asBoolean()).isTrue();
        assertThat(get(sim.baseUrls().sim(), "/truth").path("outcomes").has(next.market().conditionId().value())).isTrue();
    }
}
