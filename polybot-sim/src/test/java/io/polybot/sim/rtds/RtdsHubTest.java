package io.polybot.sim.rtds;

import io.polybot.core.json.Json;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.world.SimMarket;
import io.polybot.sim.world.WalletType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RtdsHubTest {
    private static SimHandle sim;

    @BeforeAll static void start() { sim = SimServer.start(SimConfig.loopback(11)); }

    @AfterAll static void stop() { sim.close(); }

    @Test void pushesTheWhaleTradeToActivitySubscribers() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = connect(frames);
        socket.sendText("{\"action\":\"subscribe\",\"subscriptions\":[{\"topic\":\"activity\",\"type\":\"trades\"}]}", true).get(5, TimeUnit.SECONDS);
        socket.sendText("ping", true).get(5, TimeUnit.SECONDS);
        awaitSubscribed(frames);

        Trade trade = sim.triggerWhaleTrade().orElseThrow();

        String whale = sim.world().wallets(WalletType.INFORMED).getFirst().address().value();
        JsonNode frame = await().atMost(Duration.ofSeconds(10)).until(() -> frames.find(whale), Optional::isPresent).orElseThrow();
        assertThat(frame.get("topic").asString()).isEqualTo("activity");
        assertThat(frame.get("type").asString()).isEqualTo("trades");
        assertThat(frame.get("timestamp").isNumber()).isTrue();
        assertThat(frame.get("connection_id").asString()).isNotBlank();
        JsonNode payload = frame.get("payload");
        SimMarket market = sim.world().market(trade.market()).orElseThrow();
        assertThat(payload.get("side").asString()).isEqualTo("BUY");
        assertThat(payload.get("asset").asString()).isEqualTo(trade.token().value());
        assertThat(payload.get("conditionId").asString()).isEqualTo(trade.market().value());
        assertThat(payload.get("size").isNumber()).isTrue();
        assertThat(payload.get("size").decimalValue()).isEqualByComparingTo(trade.size());
        assertThat(payload.get("price").isNumber()).isTrue();
        assertThat(payload.get("price").decimalValue()).isEqualByComparingTo(trade.price());
        assertThat(payload.get("size").decimalValue().multiply(payload.get("price").decimalValue())).isGreaterThan(new BigDecimal("9999"));
        assertThat(payload.get("timestamp").asLong()).isEqualTo(trade.matchTime().getEpochSecond());
        assertThat(payload.get("outcome").asString()).isEqualTo(market.favoured().outcome());
        assertThat(payload.get("outcomeIndex").asInt()).isEqualTo(market.favoured().outcomeIndex());
        assertThat(payload.get("title").asString()).isEqualTo(market.market().question());
        assertThat(payload.get("slug").asString()).isEqualTo(market.market().slug());
        assertThat(payload.get("eventSlug").asString()).isEqualTo(market.market().eventSlug());
        assertThat(payload.get("transactionHash").asString()).isEqualTo(trade.transactionHash());
        assertThat(payload.get("name").asString()).isEqualTo("OracleOfDelphi");
        assertThat(payload.get("pseudonym").asString()).isNotBlank();
        socket.abort();
    }

    @Test void pushesAPrintedWhaleTradeLikeAMatchedOne() throws Exception {
        Frames frames = new Frames();
        WebSocket socket = connect(frames);
        socket.sendText("{\"action\":\"subscribe\",\"subscriptions\":[{\"topic\":\"activity\",\"type\":\"trades\"}]}", true).get(5, TimeUnit.SECONDS);
        awaitSubscribed(frames);

        Trade print = sim.printWhaleTrade().orElseThrow();

        String whale = sim.world().wallets(WalletType.INFORMED).getFirst().address().value();
        JsonNode payload = await().atMost(Duration.ofSeconds(10))
                .until(() -> frames.find(whale).filter(f -> f.path("payload").path("transactionHash").asString("").equals(print.transactionHash())),
                        Optional::isPresent).orElseThrow().get("payload");
        SimMarket market = sim.world().market(print.market()).orElseThrow();
        assertThat(payload.get("side").asString()).isEqualTo("BUY");
        assertThat(payload.get("asset").asString()).isEqualTo(market.favoured().tokenId().value());
        assertThat(payload.get("size").decimalValue().multiply(payload.get("price").decimalValue())).isGreaterThan(new BigDecimal("9999"));
        assertThat(payload.get("price").decimalValue()).isEqualByComparingTo(print.price()).isLessThan(BigDecimal.ONE);
        assertThat(print.id()).isNotEqualTo(sim.printWhaleTrade().orElseThrow().id());
        socket.abort();
    }

    @Test void sendsNothingWithoutASubscription() throws Exception {
        Frames frames = new Frames();
        WebSocket silent = connect(frames);
        Frames subscribed = new Frames();
        WebSocket listening = connect(subscribed);
        listening.sendText("{\"action\":\"subscribe\",\"subscriptions\":[{\"topic\":\"activity\",\"type\":\"*\"}]}", true).get(5, TimeUnit.SECONDS);
        awaitSubscribed(subscribed);

        sim.triggerWhaleTrade().orElseThrow();

        String whale = sim.world().wallets(WalletType.INFORMED).getFirst().address().value();
        await().atMost(Duration.ofSeconds(10)).until(() -> subscribed.find(whale).isPresent());
        assertThat(frames.received).isEmpty();
        silent.abort();
        listening.abort();
    }

    /** The subscribe frame is processed asynchronously: wait until any trade (the world's noise, or ours) arrives. */
    private static void awaitSubscribed(Frames frames) {
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            sim.triggerWhaleTrade();
            return !frames.received.isEmpty();
        });
    }

    private static WebSocket connect(Frames frames) throws Exception {
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(sim.baseUrls().rtds(), frames).get(5, TimeUnit.SECONDS);
    }

    private static final class Frames implements WebSocket.Listener {
        final ConcurrentLinkedQueue<JsonNode> received = new ConcurrentLinkedQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(Json.mapper().readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        Optional<JsonNode> find(String wallet) {
            List<JsonNode> all = List.copyOf(received);
            return all.stream().filter(f -> f.path("payload").path("proxyWallet").asString("").equals(wallet)).reduce((a, b) -> b);
        }
    }
}
