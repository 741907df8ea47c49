package io.polybot.sim.clob;

import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.PostOrderBody;
import io.polybot.polymarket.order.SignatureType;
import io.polybot.polymarket.order.SignedClobOrder;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.SimTestClient;
import io.polybot.sim.matching.MarketTerms;
import io.polybot.sim.world.SimMarket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order versions 1-3 and the signature types (PROTOCOL §2.3, §3.1, §3.9), with orders built by the
 * client module's {@link OrderBuilder}: each market accepts its own version, and anything signed for
 * another exchange is an {@code order_version_mismatch}.
 */
class OrderVersionsTest {
    private static final BigDecimal TICK = new BigDecimal("0.01");
    private static final BigDecimal LOW_PRICE = new BigDecimal("0.02");

    private static SimHandle sim;
    private static SimTestClient client;
    private static SimMarket v2Market;
    private static SimMarket v1Market;
    private static SimMarket v3Market;

    @BeforeAll static void start() {
        sim = SimServer.start(SimConfig.loopback(13));
        client = new SimTestClient(sim.baseUrls());
        v2Market = sim.world().markets().get(0);
        v1Market = sim.world().markets().get(1);
        v3Market = sim.world().markets().get(2);
        setVersion(v1Market, 1);
        setVersion(v3Market, 3);
    }

    @AfterAll static void stop() { sim.close(); }

    @Test void version1OrderIsAcceptedOnAVersion1Market() {
        SimTestClient.Wallet wallet = funded();
        JsonNode response = post(wallet, order(wallet, v1Market, OrderVersion.V1), OrderType.GTC);
        assertThat(response.path("status").asString()).isEqualTo("live");
    }

    @Test void version2OrderOnAVersion1MarketIsAVersionMismatch() {
        SimTestClient.Wallet wallet = funded();
        JsonNode response = post(wallet, order(wallet, v1Market, OrderVersion.V2), OrderType.GTC);
        assertThat(response.path("error").asString()).contains("order_version_mismatch");
    }

    @Test void version3OrderIsAcceptedOnAVersion3Market() {
        SimTestClient.Wallet wallet = funded();
        SignedClobOrder order = order(wallet, v3Market, OrderVersion.V3);
        JsonNode response = post(wallet, order, OrderType.GTC);
        assertThat(response.path("status").asString()).isEqualTo("live");
        assertThat(response.path("orderID").asString()).isEqualTo(order.orderHash());
    }

    @Test void orderSignedForTheVersion2ExchangeOnAVersion3MarketIsAVersionMismatch() {
        SimTestClient.Wallet wallet = funded();
        JsonNode response = post(wallet, order(wallet, v3Market, OrderVersion.V2), OrderType.GTC);
        assertThat(response.path("error").asString()).contains("order_version_mismatch");
    }

    @Test void depositWalletOrderSignedByTheKeysWalletTradesFromTheDepositWallet() {
        SimTestClient.Wallet owner = client.newWallet();
        String depositWallet = "0x" + "de".repeat(20);
        sim.fund(depositWallet, new BigDecimal("100"));
        SignedClobOrder order = builder(owner).buildLimit(args(v2Market).withWallet(SignatureType.POLY_1271, depositWallet));

        JsonNode response = post(owner, order, OrderType.GTC);

        assertThat(response.path("status").asString()).isEqualTo("live");
        assertThat(sim.balances(depositWallet).pusdLocked()).isEqualByComparingTo("0.2");
    }

    @Test void depositWalletOrderSignedByAnotherWalletIsRejected() {
        SimTestClient.Wallet owner = client.newWallet();
        SimTestClient.Wallet stranger = client.newWallet();
        String depositWallet = "0x" + "df".repeat(20);
        sim.fund(depositWallet, new BigDecimal("100"));
        SignedClobOrder order = builder(owner).buildLimit(args(v2Market).withWallet(SignatureType.POLY_1271, depositWallet));

        JsonNode response = post(stranger, order, OrderType.GTC);

        assertThat(response.path("error").asString()).isEqualTo("the order signer address has to be the address of the API KEY");
    }

    @Test void proxyAndSafeOrdersAreSignedByTheKeysWalletAndTradeFromTheFunder() {
        for (SignatureType type : new SignatureType[] {SignatureType.POLY_PROXY, SignatureType.POLY_GNOSIS_SAFE}) {
            SimTestClient.Wallet wallet = client.newWallet();
            String funder = "0x" + (type == SignatureType.POLY_PROXY ? "a1" : "a2").repeat(20);
            sim.fund(funder, new BigDecimal("100"));
            SignedClobOrder order = builder(wallet).buildLimit(args(v2Market).withWallet(type, funder));

            JsonNode response = post(wallet, order, OrderType.GTC);

            assertThat(response.path("status").asString()).as(type.name()).isEqualTo("live");
            assertThat(sim.balances(funder).pusdLocked()).as(type.name()).isEqualByComparingTo("0.2");
            assertThat(client.l2("GET", "/data/orders", null, null, wallet).json().path("data").get(0).path("id").asString())
                    .isEqualTo(order.orderHash());
        }
    }

    @Test void orderWithoutTheMoneyIsRejectedWithTheVenuesText() {
        SimTestClient.Wallet wallet = client.newWallet();
        JsonNode response = post(wallet, order(wallet, v2Market, OrderVersion.V2), OrderType.GTC);
        assertThat(response.path("error").asString()).isEqualTo("not enough balance / allowance");
    }

    @Test void gtdOrderMustExpireMoreThanAMinuteAhead() {
        SimTestClient.Wallet wallet = funded();
        long now = System.currentTimeMillis() / 1000;
        SignedClobOrder soon = builder(wallet).buildLimit(args(v2Market).withExpirationSeconds(now + 30));
        SignedClobOrder later = builder(wallet).buildLimit(args(v2Market).withExpirationSeconds(now + 3600));

        assertThat(post(wallet, soon, OrderType.GTD).path("error").asString()).isEqualTo("invalid expiration");
        JsonNode accepted = post(wallet, later, OrderType.GTD);
        assertThat(accepted.path("status").asString()).isEqualTo("live");
        JsonNode listed = client.l2("GET", "/data/order/" + later.orderHash(), null, null, wallet).json();
        assertThat(listed.path("order_type").asString()).isEqualTo("GTD");
        assertThat(listed.path("expiration").asString()).isEqualTo(Long.toString(now + 3600));
    }

    @Test void clobMarketsServesTheFeeParameters() {
        JsonNode info = client.get(sim.baseUrls().clob(), "/clob-markets/" + v2Market.market().conditionId().value()).json();
        assertThat(info.path("fd").path("r").decimalValue()).isEqualByComparingTo("0.02");
        assertThat(info.path("fd").path("e").asInt()).isEqualTo(2);
        assertThat(info.path("fd").path("to").asBoolean()).isTrue();
    }

    private static void setVersion(SimMarket market, int version) {
        var id = market.market().conditionId();
        sim.engine().setTerms(id, sim.engine().terms(id).withOrderVersion(version));
    }

    private static SimTestClient.Wallet funded() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("100"));
        return wallet;
    }

    private static OrderBuilder builder(SimTestClient.Wallet wallet) { return new OrderBuilder(wallet.signer(), SimServer.CHAIN_ID); }

    private static LimitOrderArgs args(SimMarket market) {
        return LimitOrderArgs.of(market.yes().tokenId().value(), LOW_PRICE, new BigDecimal("10"), OrderSide.BUY, TICK)
                .withNegRisk(market.market().negRisk());
    }

    private static SignedClobOrder order(SimTestClient.Wallet wallet, SimMarket market, OrderVersion version) {
        return builder(wallet).buildLimit(args(market).withVersion(version));
    }

    private static JsonNode post(SimTestClient.Wallet wallet, SignedClobOrder order, OrderType type) {
        return client.l2("POST", "/order", null, PostOrderBody.toJson(order, wallet.credentials().apiKey(), type, false, false), wallet).json();
    }
}
