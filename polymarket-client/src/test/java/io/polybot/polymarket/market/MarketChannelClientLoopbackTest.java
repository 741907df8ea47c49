package io.polybot.polymarket.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.polybot.polymarket.ws.ConnectionEvent;
import io.polybot.polymarket.ws.FeedSettings;
import io.polybot.polymarket.ws.TestWebSocketServers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MarketChannelClient against the tiny loopback WebSocket server. */
class MarketChannelClientLoopbackTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String BOOK = """
            {"event_type":"book","market":"0xm","asset_id":"A","timestamp":"1000","bids":[{"price":"0.5","size":"10"}],
             "asks":[{"price":"0.52","size":"5"}]}""";
    private static final String DELTA = """
            {"event_type":"price_change","market":"0xm","timestamp":"1001","price_changes":[
             {"asset_id":"A","price":"0.51","size":"7","side":"BUY","best_bid":"0.51","best_ask":"0.52"}]}""";

    private final List<MarketMessage> messages = new CopyOnWriteArrayList<>();
    private final List<String> malformed = new CopyOnWriteArrayList<>();
    private final List<MarketConnectionEvent> events = new CopyOnWriteArrayList<>();
    private final MarketChannelListener listener = new MarketChannelListener() {
        @Override
        public void onMessage(MarketMessage message, Instant receivedAt) {
            messages.add(message);
        }

        @Override
        public void onMalformed(String raw, Exception error) {
            malformed.add(raw);
        }

        @Override
        public void onConnectionEvent(MarketConnectionEvent event) {
            events.add(event);
        }
    };

    private TestWebSocketServers.Handle server;
    private MarketChannelClient client;

    @BeforeEach
    void startServer() throws Exception {
        server = TestWebSocketServers.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) client.close();
        server.close();
    }

    private static FeedSettings fast() {
        return FeedSettings.clobDefaults()
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
                .withPing(Duration.ZERO, "PING");
    }

    private MarketChannelClient start(FeedSettings settings, List<String> assets) {
        client = new MarketChannelClient(server.uri("/ws/market"), listener, settings, MarketChannelClient.MAX_ASSETS_PER_CONNECTION,
                Clock.systemUTC());
        client.subscribe(assets);
        client.start();
        return client;
    }

    private boolean hasEvent(Class<? extends ConnectionEvent> type) {
        return events.stream().anyMatch(e -> type.isInstance(e.event()));
    }

    @Test
    void subscribesWithCustomFeaturesAndDeliversTypedMessages() throws Exception {
        start(fast(), List.of("A", "B"));
        await().atMost(WAIT).until(() -> !server.receivedOn(1).isEmpty());
        assertThat(server.receivedOn(1).getFirst()).isIn(
                "{\"assets_ids\":[\"A\",\"B\"],\"type\":\"market\",\"custom_feature_enabled\":true}",
                "{\"assets_ids\":[\"B\",\"A\"],\"type\":\"market\",\"custom_feature_enabled\":true}");
        server.broadcast("[" + BOOK + "]");
        server.broadcast("{\"event_type\":\"book\",\"asset_id\":");
        server.broadcast("{\"event_type\":\"comment_added\"}");
        server.broadcast(DELTA);
        await().atMost(WAIT).until(() -> messages.size() == 2);
        assertThat(messages.get(0)).isInstanceOf(Book.class);
        assertThat(messages.get(1)).isInstanceOf(PriceChange.class);
        assertThat(malformed).hasSize(1);
        var stats = client.stats();
        assertThat(stats.messages()).isEqualTo(2);
        assertThat(stats.malformed()).isEqualTo(1);
        assertThat(stats.unknownEvents()).isEqualTo(1);
        assertThat(stats.connections()).isEqualTo(1);
        assertThat(stats.openConnections()).isEqualTo(1);
    }

    @Test
    void feedsALocalBookThatResyncsThroughTheClient() throws Exception {
        List<BookInconsistency> inconsistencies = new CopyOnWriteArrayList<>();
        LocalOrderBooks books = new LocalOrderBooks(i -> {
            inconsistencies.add(i);
            client.resync(i.assetId());
        });
        client = new MarketChannelClient(server.uri("/ws/market"), new MarketChannelListener() {
            @Override
            public void onMessage(MarketMessage message, Instant receivedAt) {
                books.apply(message);
                messages.add(message);
            }
        }, fast(), 200, Clock.systemUTC());
        client.subscribe(List.of("A"));
        client.start();
        await().atMost(WAIT).until(() -> !server.receivedOn(1).isEmpty());
        server.broadcast(DELTA); // before any snapshot
        await().atMost(WAIT).until(() -> server.receivedOn(1).size() == 3);
        assertThat(server.receivedOn(1).subList(1, 3)).containsExactly(
                "{\"operation\":\"unsubscribe\",\"assets_ids\":[\"A\"],\"custom_feature_enabled\":true}",
                "{\"operation\":\"subscribe\",\"assets_ids\":[\"A\"],\"custom_feature_enabled\":true}");
        server.broadcast(BOOK);
        server.broadcast(DELTA.replace("1001", "1002"));
        await().atMost(WAIT).until(() -> messages.size() == 3);
        assertThat(books.get("A").orElseThrow().view().bestBid()).isEqualTo(BookLevel.of("0.51", "7"));
        assertThat(inconsistencies).extracting(BookInconsistency::kind).containsExactly(BookInconsistency.Kind.DELTA_BEFORE_SNAPSHOT);
    }

    @Test
    void changesTheAssetSetOnTheOpenConnection() {
        start(fast(), List.of("A"));
        await().atMost(WAIT).until(() -> server.receivedOn(1).size() == 1);
        client.subscribe(List.of("A", "C"));
        client.unsubscribe(List.of("A"));
        await().atMost(WAIT).until(() -> server.receivedOn(1).size() == 3);
        assertThat(server.receivedOn(1).subList(1, 3)).containsExactly(
                "{\"operation\":\"subscribe\",\"assets_ids\":[\"C\"],\"custom_feature_enabled\":true}",
                "{\"operation\":\"unsubscribe\",\"assets_ids\":[\"A\"],\"custom_feature_enabled\":true}");
        assertThat(client.assets()).containsExactly("C");
    }

    @Test
    void shardsBeyondTwoHundredAssetsPerConnection() {
        List<String> assets = IntStream.rangeClosed(1, 450).mapToObj(i -> "asset" + i).toList();
        start(fast(), assets);
        assertThat(client.connectionCount()).isEqualTo(3);
        await().atMost(WAIT).until(() -> server.connections() == 3
                && IntStream.rangeClosed(1, 3).allMatch(n -> !server.receivedOn(n).isEmpty()));
        List<Integer> sizes = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int n = 1; n <= 3; n++) {
            var ids = io.polybot.polymarket.internal.Json.parse(server.receivedOn(n).getFirst(), "frame").get("assets_ids");
            sizes.add(ids.size());
            ids.forEach(id -> seen.add(id.stringValue()));
        }
        assertThat(sizes).containsExactlyInAnyOrder(200, 200, 50);
        assertThat(seen).hasSize(450);
        await().atMost(WAIT).until(() -> client.stats().openConnections() == 3);

        // Room on the third shard is used before a fourth connection is opened.
        client.subscribe(List.of("asset451"));
        assertThat(client.connectionCount()).isEqualTo(3);
        // Emptying a shard closes its connection.
        client.unsubscribe(assets.subList(0, 200));
        assertThat(client.connectionCount()).isEqualTo(2);
        assertThat(client.assets()).hasSize(251);
    }

    @Test
    void reconnectsResubscribesTheCurrentSetAndReportsTheGapWithItsAssets() throws Exception {
        start(fast(), List.of("A"));
        await().atMost(WAIT).until(() -> server.receivedOn(1).size() == 1);
        client.subscribe(List.of("B"));
        await().atMost(WAIT).until(() -> server.receivedOn(1).size() == 2);

        server.dropAll();

        await().atMost(WAIT).until(() -> !server.receivedOn(2).isEmpty());
        assertThat(server.receivedOn(2).getFirst()).contains("\"A\"").contains("\"B\"").contains("\"custom_feature_enabled\":true");
        await().atMost(WAIT).until(() -> hasEvent(ConnectionEvent.Gap.class));
        MarketConnectionEvent gap = events.stream().filter(e -> e.event() instanceof ConnectionEvent.Gap).findFirst().orElseThrow();
        assertThat(gap.assetIds()).containsExactlyInAnyOrder("A", "B");
        assertThat(gap.shard()).isEqualTo(1);
        await().atMost(WAIT).until(() -> client.stats().gaps() == 1);
        var stats = client.stats();
        assertThat(stats.disconnects()).isEqualTo(1);
        assertThat(stats.reconnects()).isEqualTo(1);
        assertThat(stats.connects()).isEqualTo(2);
    }

    @Test
    void replacesASilentConnectionAndReportsAGap() {
        start(fast().withStaleAfter(Duration.ofMillis(300)), List.of("A"));
        await().atMost(WAIT).until(() -> server.connections() >= 2);
        await().atMost(WAIT).until(() -> hasEvent(ConnectionEvent.Gap.class));
        assertThat(hasEvent(ConnectionEvent.Stale.class)).isTrue();
        assertThat(client.stats().staleDrops()).isGreaterThanOrEqualTo(1);
        await().atMost(WAIT).until(() -> !server.receivedOn(2).isEmpty());
    }

    @Test
    void sendsTextPingsAndIgnoresPongs() throws Exception {
        start(fast().withPing(Duration.ofMillis(50), "PING"), List.of("A"));
        await().atMost(WAIT).until(() -> server.receivedOn(1).contains("PING"));
        server.broadcast("PONG");
        await().atMost(WAIT).until(() -> client.stats().ignoredTexts() == 1);
        assertThat(malformed).isEmpty();
        assertThat(messages).isEmpty();
    }
}
