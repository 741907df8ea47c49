package io.polybot.core.bus;

import io.polybot.core.Fixtures;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.control.StrategyChange;
import io.polybot.core.feed.FeedHealth;
import io.polybot.core.market.Side;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.position.Position;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.SimulatedClock;
import io.polybot.core.wallet.WalletTrade;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What every {@link MessageBus} must do; subclass it once per implementation. A subclass's
 * {@link #newBus()} must use {@link #clock}, dead-letter after {@link #maxDeliveries()} and
 * redeliver a failed message well within {@link #DELIVERY_TIMEOUT}. The bus is opened before and
 * closed after each test; closing it again in a subclass's {@code @AfterEach} is harmless.
 */
public abstract class MessageBusContract {
    protected static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);

    /** The clock the bus under test must stamp dead letters with; it never moves. */
    protected final SimulatedClock clock = new SimulatedClock(Fixtures.T0.plusSeconds(60));
    protected MessageBus bus;

    protected abstract MessageBus newBus();

    protected abstract int maxDeliveries();

    @BeforeEach void openBus() { bus = newBus(); }

    @AfterEach void closeBus() { bus.close(); }

    @Test void deliversPublishedMessageToSubscriber() {
        RecordingHandler strategy = new RecordingHandler();
        bus.subscribe(Topic.MD_TRADES, "strategy", strategy);

        Envelope<WalletTrade> trade = message(1);
        bus.publish(Topic.MD_TRADES, trade);

        awaitAsserted(() -> assertThat(strategy.received()).containsExactly(trade));
    }

    @Test void deliversOnlyMessagesPublishedAfterSubscribing() {
        bus.publish(Topic.MD_TRADES, message(0));
        RecordingHandler strategy = new RecordingHandler();
        bus.subscribe(Topic.MD_TRADES, "strategy", strategy);

        bus.publish(Topic.MD_TRADES, message(1));

        // In order: had message 0 been delivered, it would come first.
        awaitAsserted(() -> assertThat(strategy.ids()).containsExactly(idOf(1)));
    }

    @Test void eachGroupSeesEveryMessage() {
        RecordingHandler strategy = new RecordingHandler();
        RecordingHandler store = new RecordingHandler();
        bus.subscribe(Topic.MD_TRADES, "strategy", strategy);
        bus.subscribe(Topic.MD_TRADES, "store", store);

        publishMessages(Topic.MD_TRADES, 5);

        awaitAsserted(() -> {
            assertThat(strategy.ids()).containsExactlyElementsOf(idsOf(5));
            assertThat(store.ids()).containsExactlyElementsOf(idsOf(5));
        });
    }

    @Test void membersOfOneGroupShareTheWork() {
        AtomicInteger firstMember = new AtomicInteger(-1);
        CountDownLatch anotherMemberWorked = new CountDownLatch(1);
        List<RecordingHandler> members = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int member = i;
            RecordingHandler handler = new RecordingHandler(envelope -> {
                // The first member holds its first message until another member handled one: the work is shared.
                if (firstMember.compareAndSet(-1, member)) anotherMemberWorked.await(5, TimeUnit.SECONDS);
                else if (firstMember.get() != member) anotherMemberWorked.countDown();
            });
            members.add(handler);
            bus.subscribe(Topic.MD_TRADES, "strategy", handler);
        }

        publishMessages(Topic.MD_TRADES, 30);

        awaitAsserted(() -> assertThat(members.stream().mapToInt(RecordingHandler::count).sum()).isEqualTo(30));
        List<String> handled = members.stream().flatMap(m -> m.ids().stream()).toList();
        assertThat(handled).as("each message processed once within the group").containsExactlyInAnyOrderElementsOf(idsOf(30));
        assertThat(members).filteredOn(m -> m.count() > 0).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test void preservesOrderWithinTopicForOneConsumer() {
        RecordingHandler strategy = new RecordingHandler();
        bus.subscribe(Topic.MD_TRADES, "strategy", strategy);

        publishMessages(Topic.MD_TRADES, 50);

        awaitAsserted(() -> assertThat(strategy.ids()).containsExactlyElementsOf(idsOf(50)));
    }

    @Test void redeliversUnackedMessageAfterFailure() {
        RecordingHandler execution = RecordingHandler.failingFirstDelivery();
        bus.subscribe(Topic.SIGNALS, "execution", execution);

        Envelope<WalletTrade> trade = message(1);
        bus.publish(Topic.SIGNALS, trade);

        awaitAsserted(() -> assertThat(execution.received()).containsExactly(trade, trade));
    }

    @Test void failingMessageDoesNotHoldUpTheNextOne() {
        AtomicInteger failures = new AtomicInteger();
        RecordingHandler execution = new RecordingHandler(envelope -> {
            if (envelope.id().equals(idOf(1)) && failures.getAndIncrement() == 0) throw new IllegalStateException("venue timeout");
        });
        bus.subscribe(Topic.SIGNALS, "execution", execution);

        bus.publish(Topic.SIGNALS, message(1));
        bus.publish(Topic.SIGNALS, message(2));

        awaitAsserted(() -> assertThat(execution.ids()).containsExactly(idOf(1), idOf(2), idOf(1)));
    }

    @Test void failedMessageIsRedeliveredToAnotherMemberAfterItsConsumerLeft() {
        // The consumer leaves inside its failing handler, so it cannot see the redelivery itself however slow the test runs.
        AtomicReference<Subscription> leavingSubscription = new AtomicReference<>();
        RecordingHandler leaving = new RecordingHandler(envelope -> {
            leavingSubscription.get().close();
            throw new IllegalStateException("consumer crashed");
        });
        leavingSubscription.set(bus.subscribe(Topic.SIGNALS, "execution", leaving));
        bus.publish(Topic.SIGNALS, message(1));
        awaitAsserted(() -> assertThat(leaving.count()).isEqualTo(1));

        RecordingHandler successor = new RecordingHandler();
        bus.subscribe(Topic.SIGNALS, "execution", successor);

        awaitAsserted(() -> assertThat(successor.ids()).containsExactly(idOf(1)));
        assertThat(leaving.ids()).containsOnly(idOf(1));
    }

    @Test void groupCatchesUpAfterAllMembersLeft() {
        bus.subscribe(Topic.ORDERS_EVENTS, "positions", new RecordingHandler()).close();

        bus.publish(Topic.ORDERS_EVENTS, message(1));
        RecordingHandler restarted = new RecordingHandler();
        bus.subscribe(Topic.ORDERS_EVENTS, "positions", restarted);

        awaitAsserted(() -> assertThat(restarted.ids()).containsExactly(idOf(1)));
    }

    @Test void movesMessageToDlqAfterMaxDeliveries() {
        RecordingHandler operator = new RecordingHandler();
        bus.subscribe(Topic.DLQ, "operator", operator);
        RecordingHandler execution = new RecordingHandler(envelope -> {
            throw new IllegalStateException("venue rejected " + envelope.id());
        });
        bus.subscribe(Topic.SIGNALS, "execution", execution);

        Envelope<Signal> signal = Fixtures.envelope("poison", Fixtures.signal().build());
        bus.publish(Topic.SIGNALS, signal);

        awaitAsserted(() -> assertThat(operator.count()).isEqualTo(1));
        Envelope<?> dead = operator.received().getFirst();
        assertThat(dead.type()).isEqualTo("dead-letter");
        DeadLetter letter = (DeadLetter) dead.payload();
        assertThat(letter.originalId()).isEqualTo("env-poison");
        assertThat(letter.topic()).isEqualTo("signals");
        assertThat(letter.group()).isEqualTo("execution");
        assertThat(letter.type()).isEqualTo("signal");
        assertThat(letter.error()).contains("IllegalStateException").contains("venue rejected env-poison");
        assertThat(letter.deliveries()).isEqualTo(maxDeliveries());
        assertThat(letter.failedAt()).isEqualTo(clock.now());
        assertThat(EnvelopeCodec.decode(letter.originalPayloadJson())).isEqualTo(signal);
        assertThat(execution.count()).isEqualTo(maxDeliveries());
    }

    @Test void broadcastSubscriptionsEachSeeControl() {
        RecordingHandler instanceA = new RecordingHandler();
        RecordingHandler instanceB = new RecordingHandler();
        bus.subscribeBroadcast(Topic.CONTROL, "execution-1", instanceA);
        bus.subscribeBroadcast(Topic.CONTROL, "execution-2", instanceB);

        Envelope<ControlCommand> kill = Fixtures.envelope("kill",
                new ControlCommand(ControlCommand.Action.KILL, "operator", "drawdown limit", Map.of(), Fixtures.T0));
        bus.publish(Topic.CONTROL, kill);

        awaitAsserted(() -> {
            assertThat(instanceA.received()).containsExactly(kill);
            assertThat(instanceB.received()).containsExactly(kill);
        });
    }

    @Test void closedSubscriptionReceivesNothingMore() {
        RecordingHandler closing = new RecordingHandler();
        Subscription closingSubscription = bus.subscribe(Topic.SIGNALS, "execution", closing);
        bus.publish(Topic.SIGNALS, message(0));
        awaitAsserted(() -> assertThat(closing.ids()).containsExactly(idOf(0)));
        RecordingHandler staying = new RecordingHandler();
        bus.subscribe(Topic.SIGNALS, "execution", staying);
        RecordingHandler soleMember = new RecordingHandler();
        Subscription soleSubscription = bus.subscribe(Topic.SIGNALS, "audit", soleMember);

        closingSubscription.close();
        soleSubscription.close();
        assertThat(closingSubscription.topic()).isEqualTo(Topic.SIGNALS);
        assertThat(closingSubscription.group()).isEqualTo("execution");
        List<String> later = IntStream.rangeClosed(1, 10).mapToObj(MessageBusContract::idOf).toList();
        IntStream.rangeClosed(1, 10).forEach(n -> bus.publish(Topic.SIGNALS, message(n)));

        awaitAsserted(() -> assertThat(staying.ids()).containsExactlyElementsOf(later));
        // close() returns only once the handler will not be called again, so this holds for good.
        assertThat(closing.ids()).containsExactly(idOf(0));
        assertThat(soleMember.count()).isZero();
    }

    @Test void payloadSurvivesRoundTrip() {
        Instant nanos = Instant.parse("2026-03-02T14:00:00.123456789Z");
        Signal signal = Fixtures.signal().price("0.505").usd("12500.000001").at(nanos)
                .provenance("wallet", Fixtures.WHALE.value()).provenance("trades", "3").provenance("score", "0.8125").build();
        List<Envelope<?>> sent = List.of(
                Fixtures.envelope("signal", signal),
                Fixtures.envelope("order", Fixtures.order().forSignal(signal).size("19.99").filled("7.5")
                        .status(OrderStatus.PARTIALLY_FILLED).statusReason("partially matched").at(nanos).build()),
                Fixtures.envelope("fill", Fixtures.fill().sell("7.5", "0.999").fee("0.000001").at(nanos).build()),
                Fixtures.envelope("trade", Fixtures.whaleTrade().side(Side.SELL).price("0.001").size("1000000").at(nanos).build()),
                Fixtures.envelope("book", Fixtures.book().bid("0.48", "100").ask("0.52", "150.25").at(nanos).build()),
                Fixtures.envelope("position", Position.flat(Fixtures.MARKET, Fixtures.YES, "Yes", nanos)),
                Fixtures.envelope("control", new ControlCommand(ControlCommand.Action.SET_PARAMETERS, "operator", null,
                        Map.of("kellyFraction", "0.25"), nanos)),
                Fixtures.envelope("strategy-change", new StrategyChange("whale-copy", Map.of("minWhaleNotional", "25000"), "tom",
                        "fewer, larger copies", nanos)),
                Fixtures.envelope("feed-health", new FeedHealth("rtds.trades", "ingest-1", true, nanos, nanos)));
        RecordingHandler store = new RecordingHandler();
        bus.subscribe(Topic.ORDERS_EVENTS, "store", store);

        sent.forEach(envelope -> bus.publish(Topic.ORDERS_EVENTS, envelope));

        awaitAsserted(() -> assertThat(store.received()).containsExactlyElementsOf(sent));
        Signal received = (Signal) store.received().getFirst().payload();
        assertThat(received.triggerNotional().amount()).isEqualTo(new BigDecimal("12500.000001"));
        assertThat(received.referencePrice().value()).isEqualTo(new BigDecimal("0.505"));
        assertThat(received.createdAt()).isEqualTo(nanos);
        assertThat(received.provenance()).containsExactlyInAnyOrderEntriesOf(
                Map.of("wallet", Fixtures.WHALE.value(), "trades", "3", "score", "0.8125"));
    }

    @Test void reportsEachGroupsLagAndPending() throws Exception {
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        bus.subscribe(Topic.SIGNALS, "execution", envelope -> {
            inHand.countDown();
            assertThat(release.await(DELIVERY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        });
        bus.subscribe(Topic.SIGNALS, "store", new RecordingHandler());

        publishMessages(Topic.SIGNALS, 3);

        assertThat(inHand.await(DELIVERY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        // One message is in hand; how many of the rest were already handed over is the bus's business.
        awaitAsserted(() -> assertThat(lagOf(Topic.SIGNALS, "execution")).satisfies(l -> {
            assertThat(l.pending()).isBetween(1L, 3L);
            assertThat(l.lag() + l.pending()).isEqualTo(3);
        }));
        awaitAsserted(() -> assertThat(lagOf(Topic.SIGNALS, "store")).isEqualTo(new GroupLag(Topic.SIGNALS, "store", 0L, 0)));
        release.countDown();
        awaitAsserted(() -> assertThat(lagOf(Topic.SIGNALS, "execution")).isEqualTo(new GroupLag(Topic.SIGNALS, "execution", 0L, 0)));
    }

    private GroupLag lagOf(Topic topic, String group) {
        return bus.lag().stream().filter(l -> l.topic() == topic && l.group().equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError("no lag reported for " + topic + "/" + group + " in " + bus.lag()));
    }

    @Test void refusesToPublishOrSubscribeOnceClosed() {
        bus.close();

        assertThatThrownBy(() -> bus.publish(Topic.SIGNALS, message(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> bus.subscribe(Topic.SIGNALS, "execution", new RecordingHandler()))
                .isInstanceOf(IllegalStateException.class);
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Message n: a whale trade with occurrence n, envelope id {@code env-msg-<n>}. */
    protected static Envelope<WalletTrade> message(int n) {
        return Fixtures.envelope("msg-" + n, Fixtures.whaleTrade().occurrence(n).build());
    }

    protected static String idOf(int n) { return "env-msg-" + n; }

    /** Ids of messages 0 to count - 1. */
    protected static List<String> idsOf(int count) { return IntStream.range(0, count).mapToObj(MessageBusContract::idOf).toList(); }

    protected void publishMessages(Topic topic, int count) {
        for (int n = 0; n < count; n++) bus.publish(topic, message(n));
    }

    protected static void awaitAsserted(org.awaitility.core.ThrowingRunnable assertion) {
        await().atMost(DELIVERY_TIMEOUT).pollInterval(Duration.ofMillis(10)).untilAsserted(assertion);
    }
}
