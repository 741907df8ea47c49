package io.polybot.polymarket.rtds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.ws.ConnectionEvent;
import io.polybot.polymarket.ws.FeedSettings;
import io.polybot.polymarket.ws.TestWebSocketServers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RtdsClient against a real (tiny) WebSocket server on the loopback interface. */
class RtdsClientLoopbackTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final List<RtdsTrade> trades = new CopyOnWriteArrayList<>();
    private final List<String> malformed = new CopyOnWriteArrayList<>();
    private final List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
    private final RtdsListener listener = new RtdsListener() {
        @Override
        public void onTrade(RtdsTrade trade, Instant receivedAt) {
            trades.add(trade);
        }

        @Override
        public void onMalformed(String raw, Exception error) {
            malformed.add(raw);
        }

        @Override
        public void onConnectionEvent(ConnectionEvent event) {
            events.add(event);
        }
    };

    private TestWebSocketServers.Handle server;
    private RtdsClient client;

    @BeforeEach
    void startServer() throws Exception {
        server = TestWebSocketServers.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) client.close();
        server.close();
    }

    private void startClient(FeedSettings settings) {
        client = new RtdsClient(server.uri("/rtds"), listener, settings, Clock.systemUTC());
        client.start();
    }

    private static FeedSettings fast() {
        return FeedSettings.rtdsDefaults()
                .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
                .withStaleAfter(Duration.ofSeconds(30))
                .withPing(Duration.ZERO, "ping");
    }

    private static List<String> envelopes() throws Exception {
        var tree = Json.parse(RtdsMessagesTest.capture(), "capture");
        List<String> out = new java.util.ArrayList<>();
        tree.forEach(n -> out.add(n.toString()));
        return out;
    }

    @Test
    void subscribesThenDeliversTradesAndSurvivesAMalformedFrame() throws Exception {
        startClient(fast());
        await().atMost(WAIT).until(() -> server.receivedOn(1).contains(RtdsMessages.SUBSCRIBE_ACTIVITY_TRADES));
        List<String> envelopes = envelopes();
        server.broadcast(envelopes.get(0));
        server.broadcast("{\"topic\":\"activity\",\"type\":\"trades\",\"payload\":{\"side\":");
        server.broadcast(envelopes.get(1));
        await().atMost(WAIT).until(() -> trades.size() == 2);
        assertThat(malformed).hasSize(1);
        assertThat(client.malformedCount()).isEqualTo(1);
        assertThat(client.tradeCount()).isEqualTo(2);
        assertThat(trades.get(0).transactionHash())
                .isEqualTo("0x94cfdfa3bd63a11cf2fd697932ee615b6bcfb36f7ee65da9762012e88b6c5bca");
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void reconnectsResubscribesAndReportsTheGapAfterADrop() throws Exception {
        startClient(fast());
        await().atMost(WAIT).until(() -> server.receivedOn(1).contains(RtdsMessages.SUBSCRIBE_ACTIVITY_TRADES));
        server.broadcast(envelopes().get(0));
        await().atMost(WAIT).until(() -> trades.size() == 1);

        server.dropAll();

        await().atMost(WAIT).until(() -> server.receivedOn(2).contains(RtdsMessages.SUBSCRIBE_ACTIVITY_TRADES));
        await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e instanceof ConnectionEvent.Gap));
        assertThat(events).anyMatch(e -> e instanceof ConnectionEvent.Disconnected);
        assertThat(events).anyMatch(e -> e instanceof ConnectionEvent.Reconnecting);
        ConnectionEvent.Gap gap = (ConnectionEvent.Gap) events.stream()
                .filter(e -> e instanceof ConnectionEvent.Gap).findFirst().orElseThrow();
        assertThat(gap.from()).isBeforeOrEqualTo(gap.to());
        server.broadcast(envelopes().get(2));
        await().atMost(WAIT).until(() -> trades.size() == 2);
    }

    @Test
    void replacesASilentConnectionAndReportsAGap() throws Exception {
        startClient(fast().withStaleAfter(Duration.ofMillis(300)));
        await().atMost(WAIT).until(() -> server.connections() >= 1);
        // The server says nothing: the watchdog must drop the socket and connect again.
        await().atMost(WAIT).until(() -> server.connections() >= 2);
        await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e instanceof ConnectionEvent.Gap));
        assertThat(events).anyMatch(e -> e instanceof ConnectionEvent.Stale);
        await().atMost(WAIT).until(() -> server.receivedOn(2).contains(RtdsMessages.SUBSCRIBE_ACTIVITY_TRADES));
    }

    @Test
    void sendsTextPings() {
        startClient(fast().withPing(Duration.ofMillis(50), "ping"));
        await().atMost(WAIT).until(() -> server.receivedOn(1).contains("ping"));
    }

    @Test
    void keepsRetryingWhileTheServerIsDown() throws Exception {
        var uri = server.uri("/rtds");
        server.close();
        client = new RtdsClient(uri, listener, fast(), Clock.systemUTC());
        client.start();
        await().atMost(WAIT).until(() -> events.stream().filter(e -> e instanceof ConnectionEvent.Reconnecting).count() >= 3);
        assertThat(client.isOpen()).isFalse();
        assertThat(trades).isEmpty();
    }
}
