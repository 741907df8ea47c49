package io.polybot.sim.ws;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.PostOrderBody;
import io.polybot.polymarket.order.SignedClobOrder;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.SimTestClient;
import io.polybot.sim.matching.OrderRequest;
import io.polybot.sim.world.SimMarket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The CLOB market and user channels over real WebSockets (PROTOCOL §5.1-5.3). */
class ClobChannelsTest {
    private static final WalletAddress BIDDER = new WalletAddress("0x" + "5".repeat(40));

    private static SimHandle sim;
    private static SimTestClient client;
    private static SimMarket market;
    private static String token;

    @BeforeAll static void start() {
        sim = SimServer.start(SimConfig.loopback(11));
        client = new SimTestClient(sim.baseUrls());
        market = sim.world().markets().getFirst();
        token = market.yes().tokenId().value();
    }

    @AfterAll static void stop() { sim.close(); }

    @Test void marketChannelSendsTheBookOnSubscribeAndAPriceChangeAfterEveryBookChange() throws Exception {
        SocketFrames market = connect("/market");
        market.send("{\"assets_ids\": [\"" + token + "\"], \"type\": \"market\"}");
        JsonNode book = market.awaitJson(f -> f.path("event_type").asString().equals("book") && f.path("asset_id").asString().equals(token));
        assertThat(book.path("bids").size()).isPositive();
        assertThat(book.path("tick_size").asString()).isEqualTo("0.01");

        sim.fund(BIDDER.value(), new BigDecimal("100"));
        sim.engine().place(new OrderRequest("0x" + "7".repeat(64), BIDDER, "", new TokenId(token), Side.BUY, new BigDecimal("0.01"),
                new BigDecimal("1234"), TimeInForce.GTC));

        JsonNode change = market.awaitJson(f -> f.path("event_type").asString().equals("price_change"));
        assertThat(change.path("market").asString()).isEqualTo(ClobChannelsTest.market.market().conditionId().value());
        JsonNode level = change.path("price_changes").get(0);
        assertThat(level.path("asset_id").asString()).isEqualTo(token);
        assertThat(level.path("side").asString()).isEqualTo("BUY");
        assertThat(level.path("price").asString()).isEqualTo("0.01");
        assertThat(level.path("size").asString()).isEqualTo("1234");
        assertThat(level.path("best_bid").asString()).isNotEmpty();
        assertThat(level.path("best_ask").asString()).isNotEmpty();
    }

    @Test void marketChannelReportsTradesAndTickSizeChanges() throws Exception {
        SocketFrames socket = connect("/market");
        String no = market.no().tokenId().value();
        socket.send("{\"assets_ids\": [\"" + no + "\"], \"type\": \"market\", \"initial_dump\": false}");
        await().atMost(Duration.ofSeconds(10)).until(() -> sim.engine().book(new TokenId(no)).orElseThrow().bestAsk().isPresent());
        socket.send("PING");
        socket.awaitText("PONG"); // the subscription is in place once the frame before PING was handled

        WalletAddress buyer = new WalletAddress("0x" + "6".repeat(40));
        sim.fund(buyer.value(), new BigDecimal("1000"));
        BigDecimal ask = sim.engine().book(new TokenId(no)).orElseThrow().bestAsk().orElseThrow();
        sim.engine().place(new OrderRequest("0x" + "8".repeat(64), buyer, "", new TokenId(no), Side.BUY, ask, new BigDecimal("5"), TimeInForce.FAK));
        sim.engine().changeTickSize(new TokenId(no), new BigDecimal("0.001"));

        JsonNode trade = socket.awaitJson(f -> f.path("event_type").asString().equals("last_trade_price"));
        assertThat(trade.path("asset_id").asString()).isEqualTo(no);
        assertThat(trade.path("side").asString()).isEqualTo("BUY");
        assertThat(new BigDecimal(trade.path("fee_rate_bps").asString())).isPositive();
        JsonNode tick = socket.awaitJson(f -> f.path("event_type").asString().equals("tick_size_change"));
        assertThat(tick.path("old_tick_size").asString()).isEqualTo("0.01");
        assertThat(tick.path("new_tick_size").asString()).isEqualTo("0.001");
    }

    @Test void userChannelReportsTheKeysOwnOrdersOnly() throws Exception {
        SimTestClient.Wallet wallet = client.newWallet();
        SimTestClient.Wallet other = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("100"));
        sim.fund(other.address(), new BigDecimal("100"));
        SocketFrames user = connect("/user");
        user.send("{\"auth\": {\"apiKey\": \"" + wallet.credentials().apiKey() + "\", \"secret\": \"" + wallet.credentials().secret()
                + "\", \"passphrase\": \"" + wallet.credentials().passphrase() + "\"}, \"markets\": [], \"type\": \"user\"}");
        user.send("PING");
        user.awaitText("PONG");

        String theirs = post(other, new BigDecimal("0.02"));
        String mine = post(wallet, new BigDecimal("0.02"));
        assertThat(client.l2("DELETE", "/order", null, "{\"orderID\":\"" + mine + "\"}", wallet).status()).isEqualTo(200);

        JsonNode placement = user.awaitJson(f -> f.path("type").asString().equals("PLACEMENT"));
        assertThat(placement.path("event_type").asString()).isEqualTo("order");
        assertThat(placement.path("id").asString()).isEqualTo(mine);
        assertThat(placement.path("owner").asString()).isEqualTo(wallet.credentials().apiKey());
        assertThat(placement.path("status").asString()).isEqualTo("LIVE");
        JsonNode cancellation = user.awaitJson(f -> f.path("type").asString().equals("CANCELLATION"));
        assertThat(cancellation.path("id").asString()).isEqualTo(mine);
        assertThat(user.json(f -> f.path("id").asString().equals(theirs))).isEmpty();
    }

    @Test void userChannelSendsTheTradeLifecycleToTheTaker() throws Exception {
        SimTestClient.Wallet wallet = client.newWallet();
        sim.fund(wallet.address(), new BigDecimal("1000"));
        SocketFrames user = connect("/user");
        user.send("{\"auth\": {\"apiKey\": \"" + wallet.credentials().apiKey() + "\", \"secret\": \"" + wallet.credentials().secret()
                + "\", \"passphrase\": \"" + wallet.credentials().passphrase() + "\"}, \"type\": \"user\"}");
        user.send("PING");
        user.awaitText("PONG");
        BigDecimal ask = sim.engine().book(new TokenId(token)).orElseThrow().bestAsk().orElseThrow();
        SignedClobOrder order = new OrderBuilder(wallet.signer(), SimServer.CHAIN_ID)
                .buildLimit(LimitOrderArgs.of(token, ask.add(new BigDecimal("0.02")), new BigDecimal("10"), OrderSide.BUY, new BigDecimal("0.01")));
        JsonNode response = client.l2("POST", "/order", null, PostOrderBody.toJson(order, wallet.credentials().apiKey(), OrderType.FAK, false, false), wallet).json();
        String tradeId = response.path("tradeIDs").get(0).asString();

        for (String status : new String[] {"MATCHED", "MINED", "CONFIRMED"}) {
            JsonNode trade = user.awaitJson(f -> f.path("event_type").asString().equals("trade") && f.path("status").asString().equals(status));
            assertThat(trade.path("id").asString()).isEqualTo(tradeId);
            assertThat(trade.path("taker_order_id").asString()).isEqualTo(order.orderHash());
            assertThat(trade.path("trader_side").asString()).isEqualTo("TAKER");
            assertThat(trade.path("transaction_hash").asString()).isEqualTo(status.equals("MATCHED") ? "" : response.path("transactionsHashes").get(0).asString());
        }
    }

    @Test void userChannelRefusesWrongCredentials() throws Exception {
        SimTestClient.Wallet wallet = client.newWallet();
        SocketFrames user = connect("/user");
        user.send("{\"auth\": {\"apiKey\": \"" + wallet.credentials().apiKey() + "\", \"secret\": \"wrong\", \"passphrase\": \""
                + wallet.credentials().passphrase() + "\"}, \"type\": \"user\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> user.closed);
    }

    private static String post(SimTestClient.Wallet wallet, BigDecimal price) {
        SignedClobOrder order = new OrderBuilder(wallet.signer(), SimServer.CHAIN_ID)
                .buildLimit(LimitOrderArgs.of(token, price, new BigDecimal("10"), OrderSide.BUY, new BigDecimal("0.01")));
        JsonNode response = client.l2("POST", "/order", null, PostOrderBody.toJson(order, wallet.credentials().apiKey(), OrderType.GTC, false, false),
                wallet).json();
        assertThat(response.path("status").asString()).isEqualTo("live");
        return order.orderHash();
    }

    private static SocketFrames connect(String channel) throws Exception {
        return new SocketFrames(URI.create(sim.baseUrls().ws() + channel));
    }
}
