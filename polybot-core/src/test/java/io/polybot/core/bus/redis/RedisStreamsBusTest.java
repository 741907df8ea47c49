package io.polybot.core.bus.redis;

import io.lettuce.core.Consumer;
import io.lettuce.core.Range;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.XReadArgs.StreamOffset;
import io.lettuce.core.api.sync.RedisCommands;
import io.polybot.core.bus.DeadLetter;
import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.EnvelopeCodec;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.MessageBusContract;
import io.polybot.core.bus.RecordingHandler;
import io.polybot.core.bus.Topic;
import io.polybot.core.wallet.WalletTrade;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bus contract on the machine's Redis, plus what only Redis can show: raw entries, dead consumers, lost streams. */
final class RedisStreamsBusTest extends MessageBusContract {
    private static final Duration CLAIM_IDLE = Duration.ofMillis(200);
    private static TestRedis redis;

    private final String prefix = TestRedis.uniquePrefix();
    private final RedisStreamsConfig config = new RedisStreamsConfig(3, CLAIM_IDLE, Duration.ofMillis(50), prefix);

    @BeforeAll static void connect() { redis = new TestRedis(); }

    @AfterAll static void disconnect() { redis.close(); }

    @Override protected MessageBus newBus() { return new RedisStreamsBus(TestRedis.url(), clock, config); }

    @Override protected int maxDeliveries() { return config.maxDeliveries(); }

    @AfterEach void deleteStreams() {
        bus.close(); // first, or a running consumer would re-create its vanished group
        redis.deleteKeys(prefix);
    }

    @Test void storesEachMessageAsOneEnvelopeFieldInThePrefixedStream() {
        Envelope<WalletTrade> trade = message(1);

        bus.publish(Topic.MD_TRADES, trade);

        List<StreamMessage<String, String>> entries = admin().xrange(prefix + "md.trades", Range.unbounded());
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().getBody()).containsOnlyKeys("envelope");
        assertThat(EnvelopeCodec.decode(entries.getFirst().getBody().get("envelope"))).isEqualTo(trade);
    }

    @Test void malformedEntryGoesToDlqAndTheNextMessageIsStillDelivered() {
        RecordingHandler operator = new RecordingHandler();
        bus.subscribe(Topic.DLQ, "operator", operator);
        RecordingHandler strategy = new RecordingHandler();
        bus.subscribe(Topic.MD_TRADES, "strategy", strategy);
        String stream = prefix + "md.trades";
        String notJson = admin().xadd(stream, Map.of("envelope", "{not json"));
        String noEnvelope = admin().xadd(stream, Map.of("payload", "42"));
        admin().xadd(stream, Map.of("envelope", EnvelopeCodec.encode(message(7)).replace("wallet-trade", "alien")));

        bus.publish(Topic.MD_TRADES, message(1));

        awaitAsserted(() -> {
            assertThat(strategy.ids()).containsExactly(idOf(1));
            assertThat(operator.count()).isEqualTo(3);
        });
        List<DeadLetter> letters = operator.payloads(DeadLetter.class);
        assertThat(letters).extracting(DeadLetter::originalId).containsExactly(notJson, noEnvelope, idOf(7));
        assertThat(letters).extracting(DeadLetter::type).containsExactly("unknown", "unknown", "alien");
        assertThat(letters).extracting(DeadLetter::topic).containsOnly("md.trades");
        assertThat(letters).extracting(DeadLetter::group).containsOnly("strategy");
        assertThat(letters).extracting(DeadLetter::deliveries).containsOnly(1);
        assertThat(letters).extracting(DeadLetter::failedAt).containsOnly(clock.now());
        assertThat(letters.get(0).error()).startsWith("undecodable stream entry " + notJson + ": malformed envelope");
        assertThat(letters.get(0).originalPayloadJson()).isEqualTo("{not json");
        assertThat(letters.get(1).error()).contains("no 'envelope' field");
        assertThat(letters.get(1).originalPayloadJson()).isEqualTo("{payload=42}");
        assertThat(letters.get(2).error()).endsWith("unknown message type: alien");
        awaitAsserted(() -> assertThat(admin().xpending(stream, "strategy").getCount()).isZero());
    }

    @Test void reclaimsEntryLeftPendingByAConsumerThatDied() {
        String stream = prefix + "signals";
        admin().xgroupCreate(StreamOffset.latest(stream), "execution", XGroupCreateArgs.Builder.mkstream());
        Envelope<WalletTrade> trade = message(1);
        bus.publish(Topic.SIGNALS, trade);
        assertThat(admin().xreadgroup(Consumer.from("execution", "died"), XReadArgs.Builder.count(1),
                StreamOffset.lastConsumed(stream))).hasSize(1);

        RecordingHandler execution = new RecordingHandler();
        bus.subscribe(Topic.SIGNALS, "execution", execution);

        awaitAsserted(() -> assertThat(execution.received()).containsExactly(trade));
        awaitAsserted(() -> assertThat(admin().xpending(stream, "execution").getCount()).isZero());
    }

    @Test void deadLettersEntryWhoseConsumerDiedOnItsLastDelivery() {
        RecordingHandler operator = new RecordingHandler();
        bus.subscribe(Topic.DLQ, "operator", operator);
        String stream = prefix + "signals";
        admin().xgroupCreate(StreamOffset.latest(stream), "execution", XGroupCreateArgs.Builder.mkstream());
        bus.publish(Topic.SIGNALS, message(1));
        String entryId = admin().xreadgroup(Consumer.from("execution", "died"), XReadArgs.Builder.count(1),
                StreamOffset.lastConsumed(stream)).getFirst().getId();
        // As if delivered maxDeliveries times, each consumer dying before it could answer.
        admin().xclaim(stream, Consumer.from("execution", "died"), XClaimArgs.Builder.minIdleTime(0).retryCount(maxDeliveries()), entryId);

        RecordingHandler execution = new RecordingHandler();
        bus.subscribe(Topic.SIGNALS, "execution", execution);

        awaitAsserted(() -> assertThat(operator.count()).isEqualTo(1));
        DeadLetter letter = operator.payloads(DeadLetter.class).getFirst();
        assertThat(letter.originalId()).isEqualTo(idOf(1));
        assertThat(letter.deliveries()).isEqualTo(maxDeliveries() + 1);
        assertThat(letter.error()).isEqualTo("no acknowledgement after 3 deliveries: the consumer stopped while handling it");
        assertThat(execution.count()).as("never handed to the handler again").isZero();
        awaitAsserted(() -> assertThat(admin().xpending(stream, "execution").getCount()).isZero());
    }

    @Test void twoBusesShareAGroupLikeTwoProcesses() {
        RecordingHandler first = new RecordingHandler();
        RecordingHandler second = new RecordingHandler();
        bus.subscribe(Topic.MD_TRADES, "strategy", first);
        try (MessageBus otherProcess = newBus()) {
            otherProcess.subscribe(Topic.MD_TRADES, "strategy", second);

            publishMessages(Topic.MD_TRADES, 20);

            awaitAsserted(() -> assertThat(first.count() + second.count()).isEqualTo(20));
            assertThat(Stream.concat(first.ids().stream(), second.ids().stream())).containsExactlyInAnyOrderElementsOf(idsOf(20));
        }
    }

    @Test void recreatesItsGroupWhenTheStreamVanishes() {
        RecordingHandler strategy = new RecordingHandler();
        bus.subscribe(Topic.MD_TRADES, "strategy", strategy);
        bus.publish(Topic.MD_TRADES, message(1));
        awaitAsserted(() -> assertThat(strategy.ids()).containsExactly(idOf(1)));

        admin().del(prefix + "md.trades"); // what a Redis restart without persistence does
        bus.publish(Topic.MD_TRADES, message(2));

        awaitAsserted(() -> assertThat(strategy.ids()).containsExactly(idOf(1), idOf(2)));
    }

    @Test void closedSubscriptionLeavesNoConsumerInItsGroup() {
        bus.subscribe(Topic.MD_TRADES, "strategy", new RecordingHandler()).close();

        assertThat(admin().xinfoConsumers(prefix + "md.trades", "strategy")).isEmpty();
    }

    @Test void failsFastWhenRedisIsUnreachable() {
        assertThatThrownBy(() -> new RedisStreamsBus("redis://127.0.0.1:1", clock, config))
                .isInstanceOf(RedisConnectionException.class);
    }

    private static RedisCommands<String, String> admin() { return redis.commands(); }
}
