package io.polybot.polymarket.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.polybot.polymarket.auth.ApiCredentials;
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

/** UserChannelClient against the tiny loopback WebSocket server. */
class UserChannelClientLoopbackTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ApiCredentials CREDS = new ApiCredentials("key-1", "c2VjcmV0", "phrase");
    private static final String SUBSCRIBE =
            "{\"auth\":{\"apiKey\":\"key-1\",\"secret\":\"c2VjcmV0\",\"passphrase\":\"phrase\"},\"markets\":[\"0xbd31\"],\"type\":\"user\"}";

    private final List<UserEvent> received = new CopyOnWriteArrayList<>();
    private final List<ConnectionEvent> events = new CopyOnWriteArrayList<>();
    private final UserChannelListener listener = new UserChannelListener() {
        @Override
        public void onEvent(UserEvent event, Instant receivedAt) {
            received.add(event);
        }

        @Override
        public void onConnectionEvent(ConnectionEvent event) {
            events.add(event);
        }
    };

    private TestWebSocketServers.Handle server;
    private UserChannelClient client;

    @BeforeEach
    void startServer() throws Exception {
        server = TestWebSocketServers.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (client != null) client.close();
        server.close();
    }

    private void start(FeedSettings settings) {
        client = new UserChannelClient(server.uri("/ws/user"), CREDS, List.of("0xbd31"), listener, settings, Clock.systemUTC());
        client.start();
    }

    private static FeedSettings fast() {
        return FeedSettings.clobDefaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)).withPing(Duration.ZERO, "PING");
    }

    @Test
    void authenticatesWithTheCredentialsAndDeliversOrdersAndTrades() throws Exception {
        start(fast());
        await().atMost(WAIT).until(() -> server.receivedOn(1).contains(SUBSCRIBE));
        server.broadcast(UserMessageParserTest.PLACEMENT);
        server.broadcast("[" + UserMessageParserTest.TRADE + "]");
        server.broadcast("{\"event_type\":\"trade\"");
        await().atMost(WAIT).until(() -> received.size() == 2 && client.stats().malformed() == 1);
        assertThat(received.get(0)).isInstanceOf(OrderEvent.class);
        assertThat(received.get(1)).isInstanceOf(TradeEvent.class);
        assertThat(client.toString()).contains("key-1").doesNotContain("c2VjcmV0").doesNotContain("phrase");
    }

    @Test
    void changesTheMarketFilterAndResubscribesItAfterADrop() throws Exception {
        start(fast());
        await().atMost(WAIT).until(() -> server.receivedOn(1).contains(SUBSCRIBE));
        client.subscribe(List.of("0xaa"));
        await().atMost(WAIT).until(() -> server.receivedOn(1).contains("{\"operation\":\"subscribe\",\"markets\":[\"0xaa\"]}"));

        server.dropAll();

        await().atMost(WAIT).until(() -> !server.receivedOn(2).isEmpty());
        assertThat(server.receivedOn(2).getFirst()).contains("\"0xaa\"").contains("\"0xbd31\"").contains("\"apiKey\":\"key-1\"");
        await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e instanceof ConnectionEvent.Gap));
        assertThat(client.stats().gaps()).isEqualTo(1);
    }

    @Test
    void subscribesToAllMarketsWhenNoneAreGivenAndPings() {
        client = new UserChannelClient(server.uri("/ws/user"), CREDS, List.of(), listener,
                fast().withPing(Duration.ofMillis(50), "PING"), Clock.systemUTC());
        client.start();
        await().atMost(WAIT).until(() -> server.receivedOn(1).contains("PING"));
        assertThat(server.receivedOn(1).getFirst())
                .isEqualTo("{\"auth\":{\"apiKey\":\"key-1\",\"secret\":\"c2VjcmV0\",\"passphrase\":\"phrase\"},\"type\":\"user\"}");
    }

    @Test
    void replacesASilentConnection() {
        start(fast().withStaleAfter(Duration.ofMillis(300)));
        await().atMost(WAIT).until(() -> server.connections() >= 2);
        await().atMost(WAIT).until(() -> events.stream().anyMatch(e -> e instanceof ConnectionEvent.Stale));
        await().atMost(WAIT).until(() -> server.receivedOn(2).contains(SUBSCRIBE));
    }
}
