package io.polybot.sim.clob;

import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.ClobAuthSigner;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.clob.PostOrderResult;
import io.polybot.polymarket.order.ClobOrder;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.MarketOrderArgs;
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
import io.polybot.sim.world.SimMarket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The authenticated CLOB over real HTTP, driven by the project's own Polymarket client. */
class ClobAccountApiTest {
    private static final BigDecimal TICK = new BigDecimal("0.01");

    private static SimHandle sim;
    private static SimTestClient client;
    private static SimMarket market;
    private static String token;

    @BeforeAll static void start() {
        sim = SimServer.start(SimConfig.loopback(7));
        client = new SimTestClient(sim.baseUrls());
        market = sim.world().markets().getFirst();
        token = market.yes().tokenId().value();
    }

    @AfterAll static void stop() { sim.close(); }

    @Test void credentialsAreTheSameOnEveryCreateOrDerive() {
        SimTestClient.Wallet wallet = client.newWallet();

        ApiCredentials again = wallet.clob().createOrDeriveApiKey(0);

        assertThat(again).isEqualTo(wallet.credentials());
        assertThat(Base64.getUrlDecoder().decode(again.secret())).hasSize(32);
        assertThat(again.apiKey()).matches("[0-9a-f-]{36}");
        assertThat(wallet.clob().createOrDeriveApiKey(1).apiKey()).isNotEqualTo(again.apiKey());
    }

    @Test void l1SignedByAnotherWalletIsUnauthorized() {
        SimTestClient.Wallet wallet = client.newWallet();
        SimTestClient.Wallet impostor = client.newWallet();
        Map<String, String> headers = new HashMap<>(new ClobAuthSigner().l1Headers(impostor.signer(), SimServer.CHAIN_ID, now(), 0));
        headers.put(HmacAuth.POLY_ADDRESS, wallet.address());

        SimTestClient.Response response = client.send("POST", sim.baseUrls().clob() + "/auth/api-key", null, headers);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).isEqualTo("Invalid L1 Request headers");
    }

    @Test void l1WithoutHeadersIsUnauthorized() {
        assertThat(client.post(sim.baseUrls().clob(), "/auth/api-key", null).status()).isEqualTo(401);
    }

    @Test void l2SignedWithTheRightSecretIsAccepted() {
        SimTestClient.Wallet wallet = client.newWallet();
        SimTestClient.Response response = client.l2("GET", "/data/orders", "market=" + market.market().conditionId().value(), null, wallet);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("next_cursor").asString()).isEqualTo("LTE=");
    }

    @Test void l2SignedWithAWrongSecretIsUnauthorized() {
        SimTestClient.Wallet wallet = client.newWallet();
        ApiCredentials wrong = new ApiCredentials(wallet.credentials().apiKey(), Base64.getUrlEncoder().encodeToString(new byte[32]),
                wallet.credentials().passphrase());

        SimTestClient.Response response = client.l2("GET", "/data/orders", null, null, wallet.address(), wrong, now());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asString()).isEqualTo("Unauthorized/Invalid api key");
    }

    @Test void l2WithAStaleTimestampIsUnauthorized() {
        SimTestClient.Wallet wallet = client.newWallet();
        long stale = now() - ClobAuth.MAX_SKEW_SECONDS - 5;
        assertThat(client.l2("GET", "/data/orders", null, null, wallet.address(), wallet.credentials(), stale).status()).isEqualTo(401);
    }

    @Test void l2FromAnotherAddressThanTheKeysIsUnauthorized() {
        SimTestClient.Wallet wallet = client.newWallet();
        SimTestClient.Wallet other = client.newWallet();
        assertThat(client.l2("GET", "/data/orders", null, null, other.address(), wallet.credentials(), now()).status()).isEqualTo(401);
    }

    @Test void l2AddressIsComparedIgnoringCase() {
        SimTestClient.Wallet wallet = client.newWallet();
        assertThat(client.l2("GET", "/data/orders", null, null, wallet.address().toLowerCase(), wallet.credentials(), now()).status())
                .isEqualTo(200);
    }

    @Test void signedOrderFromAFundedAccountIsMatchedWithItsHashAsOrderId() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("1000"));
        SignedClobOrder order = limit(wallet, marketableBuyPrice(), new BigDecimal("100"));

        SimTestClient.Response response = post(wallet, PostOrderBody.toJson(order, wallet.credentials().apiKey(), OrderType.FAK, false, false));

        assertThat(response.status()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("success").asBoolean()).isTrue();
        assertThat(json.get("errorMsg").asString()).isEmpty();
        assertThat(json.get("orderID").asString()).isEqualTo(order.orderHash());
        assertThat(json.get("status").asString()).isEqualTo("matched");
        assertThat(new BigDecimal(json.get("takingAmount").asString())).isEqualByComparingTo("100");
        BigDecimal paid = new BigDecimal(json.get("makingAmount").asString());
        assertThat(json.get("tradeIDs").size()).isEqualTo(1);
        assertThat(json.get("transactionsHashes").get(0).asString()).matches("0x[0-9a-f]{64}");
        assertThat(sim.balances(wallet.address()).shares(market.yes().tokenId())).isEqualByComparingTo("100");
        // The taker also paid the market's fee (PROTOCOL §3.7), reported with the trade.
        String tradeId = json.get("tradeIDs").get(0).asString();
        JsonNode trade = client.l2("GET", "/data/trades", "id=" + tradeId, null, wallet).json().get("data").get(0);
        BigDecimal fee = new BigDecimal(trade.get("fee").asString());
        assertThat(fee).isPositive();
        assertThat(sim.balances(wallet.address()).pusd()).isEqualByComparingTo(new BigDecimal("1000").subtract(paid).subtract(fee));
    }

    @Test void orderPostedThroughTheClientIsAcceptedAndTradeListed() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("1000"));
        SignedClobOrder order = new OrderBuilder(wallet.signer(), SimServer.CHAIN_ID)
                .buildMarket(MarketOrderArgs.of(token, marketableBuyPrice(), new BigDecimal("50"), OrderSide.BUY, TICK));

        PostOrderResult result = wallet.clob().postOrder(order, OrderType.FOK, false);

        assertThat(result).isInstanceOfSatisfying(PostOrderResult.Accepted.class, accepted -> {
            assertThat(accepted.orderId()).isEqualTo(order.orderHash());
            assertThat(accepted.status()).isEqualTo("matched");
        });
        JsonNode trades = client.l2("GET", "/data/trades", "asset_id=" + token, null, wallet).json().get("data");
        assertThat(trades.size()).isEqualTo(1);
        assertThat(trades.get(0).get("taker_order_id").asString()).isEqualTo(order.orderHash());
        assertThat(trades.get(0).get("trader_side").asString()).isEqualTo("TAKER");
        assertThat(trades.get(0).get("maker_orders").size()).isPositive();
    }

    @Test void tamperedSignatureIsRejected() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("1000"));
        SignedClobOrder order = limit(wallet, marketableBuyPrice(), new BigDecimal("10"));
        String signature = order.signature();
        char last = signature.charAt(10);
        String tampered = signature.substring(0, 10) + (last == 'a' ? 'b' : 'a') + signature.substring(11);
        SignedClobOrder forged = new SignedClobOrder(order.order(), tampered, order.orderHash());

        SimTestClient.Response response = post(wallet, PostOrderBody.toJson(forged, wallet.credentials().apiKey(), OrderType.FAK, false, false));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("invalid signature");
    }

    @Test void orderSignedByAnotherWalletIsRejected() {
        SimTestClient.Wallet wallet = client.newWallet();
        SimTestClient.Wallet other = client.newWallet();
        SignedClobOrder order = limit(other, marketableBuyPrice(), new BigDecimal("10"));

        SimTestClient.Response response = post(wallet, PostOrderBody.toJson(order, wallet.credentials().apiKey(), OrderType.FAK, false, false));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("the order signer address has to be the address of the API KEY");
    }

    @Test void ownerMustBeTheApiKey() {
        SimTestClient.Wallet wallet = client.newWallet();
        SignedClobOrder order = limit(wallet, marketableBuyPrice(), new BigDecimal("10"));

        SimTestClient.Response response = post(wallet, PostOrderBody.toJson(order, "not-my-key", OrderType.FAK, false, false));

        assertThat(response.json().get("error").asString()).isEqualTo("the order owner has to be the owner of the API KEY");
    }

    @Test void unfundedAccountHasNotEnoughBalance() {
        SimTestClient.Wallet wallet = client.newWallet();
        SignedClobOrder order = limit(wallet, marketableBuyPrice(), new BigDecimal("10"));

        SimTestClient.Response response = post(wallet, PostOrderBody.toJson(order, wallet.credentials().apiKey(), OrderType.FAK, false, false));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("not enough balance / allowance");
    }

    @Test void priceOffTheTickGridIsRejected() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("1000"));
        // 5.55 pUSD for 10 shares: 0.555, between two ticks.
        ClobOrder offGrid = new ClobOrder(OrderVersion.V2, BigInteger.valueOf(12345), wallet.address(), wallet.address(), null,
                new BigInteger(token), BigInteger.valueOf(5_550_000), BigInteger.valueOf(10_000_000), OrderSide.BUY, SignatureType.EOA,
                BigInteger.valueOf(System.currentTimeMillis()), null, null, BigInteger.ZERO, null, null);
        SignedClobOrder order = new OrderBuilder(wallet.signer(), SimServer.CHAIN_ID).sign(offGrid, false);

        SimTestClient.Response response = post(wallet, PostOrderBody.toJson(order, wallet.credentials().apiKey(), OrderType.GTC, false, false));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString())
                .isEqualTo("order " + order.orderHash() + " is invalid. Price (0.555) breaks minimum tick size rule: 0.01");
    }

    @Test void restingOrderIsListedAndCancelled() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("100"));
        SignedClobOrder order = limit(wallet, new BigDecimal("0.02"), new BigDecimal("50"));

        JsonNode placed = post(wallet, PostOrderBody.toJson(order, wallet.credentials().apiKey(), OrderType.GTC, false, false)).json();
        JsonNode open = client.l2("GET", "/data/orders", null, null, wallet).json().get("data");
        String cancelBody = "{\"orderID\":\"" + order.orderHash() + "\"}";
        JsonNode cancelled = client.l2("DELETE", "/order", null, cancelBody, wallet).json();

        assertThat(placed.get("status").asString()).isEqualTo("live");
        assertThat(placed.get("makingAmount").asString()).isEmpty();
        assertThat(open.size()).isEqualTo(1);
        assertThat(open.get(0).get("id").asString()).isEqualTo(order.orderHash());
        assertThat(open.get(0).get("status").asString()).isEqualTo("ORDER_STATUS_LIVE");
        assertThat(open.get(0).get("original_size").asString()).isEqualTo("50");
        assertThat(open.get(0).get("price").asString()).isEqualTo("0.02");
        assertThat(cancelled.get("canceled").get(0).asString()).isEqualTo(order.orderHash());
        assertThat(client.l2("GET", "/data/orders", null, null, wallet).json().get("data").size()).isZero();
        assertThat(sim.balances(wallet.address()).availablePusd()).isEqualByComparingTo("100");
    }

    @Test void cancelAllThroughTheClient() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("100"));
        SignedClobOrder order = limit(wallet, new BigDecimal("0.03"), new BigDecimal("20"));
        assertThat(wallet.clob().postOrder(order, OrderType.GTC, false)).isInstanceOf(PostOrderResult.Accepted.class);

        assertThat(wallet.clob().cancelAll().canceled()).containsExactly(order.orderHash());
    }

    @Test void sameOrderTwiceIsRejectedAsDuplicate() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("100"));
        String body = PostOrderBody.toJson(limit(wallet, new BigDecimal("0.02"), new BigDecimal("10")), wallet.credentials().apiKey(),
                OrderType.GTC, false, false);

        assertThat(post(wallet, body).status()).isEqualTo(200);
        assertThat(post(wallet, body).json().get("error").asString()).endsWith("is invalid. Duplicated.");
    }

    @Test void balanceAllowanceReportsBaseUnits() {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("12.5"));

        JsonNode balance = client.l2("GET", "/balance-allowance", "asset_type=COLLATERAL", null, wallet).json();

        assertThat(balance.get("balance").asString()).isEqualTo("12500000");
    }

    private static SignedClobOrder limit(SimTestClient.Wallet wallet, BigDecimal price, BigDecimal size) {
        return new OrderBuilder(wallet.signer(), SimServer.CHAIN_ID).buildLimit(LimitOrderArgs.of(token, price, size, OrderSide.BUY, TICK));
    }

    /** Two ticks through the best ask: marketable even if the world trades meanwhile. */
    private static BigDecimal marketableBuyPrice() {
        JsonNode asks = client.get(sim.baseUrls().clob(), "/book?token_id=" + token).json().get("asks");
        return new BigDecimal(asks.get(asks.size() - 1).get("price").asString()).add(TICK.multiply(BigDecimal.TWO));
    }

    private static SimTestClient.Response post(SimTestClient.Wallet wallet, String body) {
        return client.l2("POST", "/order", null, body, wallet);
    }

    private static long now() { return System.currentTimeMillis() / 1000; }
}
