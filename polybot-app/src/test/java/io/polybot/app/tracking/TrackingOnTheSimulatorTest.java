package io.polybot.app.tracking;

import io.polybot.core.bus.InMemoryBus;
import io.polybot.core.bus.Topic;
import io.polybot.core.control.ControlCommand;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.order.Order;
import io.polybot.core.order.OrderIntent;
import io.polybot.core.order.OrderStatus;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.execution.persist.Transactions;
import io.polybot.execution.deadletter.DeadLetterPublisher;
import io.polybot.execution.order.OrderFeed;
import io.polybot.execution.order.OrderJournal;
import io.polybot.execution.order.OrderTracker;
import io.polybot.execution.position.PositionBook;
import io.polybot.execution.reconcile.ReconciliationReport;
import io.polybot.execution.reconcile.Reconciler;
import io.polybot.execution.venue.PolymarketVenue;
import io.polybot.execution.venue.Venue;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.gamma.GammaClient;
import io.polybot.polymarket.gamma.GammaMarket;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderVersion;
import io.polybot.polymarket.order.PrivateKeySigner;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.store.Store;
import io.polybot.store.StoreConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Order tracking and reconciliation against the simulator over the real protocol: the user
 * channel's events, the REST ledger and balances, and the store in PostgreSQL.
 */
class TrackingOnTheSimulatorTest {
    @TempDir static Path dataDir;
    static Store store;
    static SimHandle sim;
    static PolymarketVenue venue;
    static InMemoryBus bus;
    static OrderTracker tracker;
    static OrderFeed feed;
    static Reconciler reconciler;
    static final List<ControlCommand> control = new CopyOnWriteArrayList<>();
    static final ReentrantLock orderWriter = new ReentrantLock();

    @BeforeAll static void start() {
        Clock clock = Clock.system();
        store = Store.open(StoreConfig.embedded(dataDir));
        bus = new InMemoryBus(clock, 3, Duration.ofMillis(50));
        sim = SimServer.start(new SimConfig(SimConfig.LOOPBACK, 0, 42, 1.0));
        PrivateKeySigner signer = PrivateKeySigner.fromHex(HexFormat.of().formatHex(SecureRandom.getSeed(32)));
        sim.fund(signer.address(), new BigDecimal("1000"));
        ClobClient unauthenticated = new ClobClient(sim.baseUrls().clob(), signer, null, SimServer.CHAIN_ID);
        ClobClient clob = unauthenticated.withCredentials(unauthenticated.createOrDeriveApiKey(0));
        venue = new PolymarketVenue(clob, new OrderBuilder(signer, SimServer.CHAIN_ID), OrderVersion.V2, URI.create(sim.baseUrls().ws() + "/user"));
        var book = new PositionBook(store.positions(), store.dailyPnl(), bus, clock);
        tracker = new OrderTracker(store.orders(), OrderJournal.direct(store.orders()), store.fills(), book, bus, clock);
        feed = new OrderFeed(Optional.of(venue), venue, tracker, store.orders(), orderWriter, Transactions.unflushed(store.jdbi()), clock, Duration.ofMinutes(5));
        feed.start(Duration.ofHours(1));
        reconciler = new Reconciler(venue, List.of(), tracker, store.orders(), store.positions(), book, store.markets(), store.auditLog(),
                new DeadLetterPublisher(bus, clock), bus, orderWriter, Transactions.unflushed(store.jdbi()), clock, 2);
        bus.subscribe(Topic.CONTROL, "test", e -> { if (e.payload() instanceof ControlCommand c) control.add(c); });
        await().atMost(Duration.ofSeconds(10)).until(venue::connected);
    }

    @AfterAll static void stop() {
        feed.close();
        bus.close();
        sim.close();
        store.close();
    }

    static Market firstOpenMarket() throws Exception {
        GammaMarket g = new GammaClient(sim.baseUrls().gamma()).markets("closed=false").stream().filter(GammaMarket::tradable)
                .findFirst().orElseThrow();
        List<OutcomeToken> tokens = new ArrayList<>();
        for (int i = 0; i < g.clobTokenIds().size(); i++) tokens.add(new OutcomeToken(new TokenId(g.clobTokenIds().get(i)), g.outcomes().get(i), i));
        return new Market(new ConditionId(g.conditionId()), g.question(), g.slug(), g.eventSlug(), g.category(), tokens,
                g.orderPriceMinTickSize(), g.orderMinSize(), g.negRisk(), g.endDate(), MarketStatus.OPEN, null);
    }

    Order send(Market market, String signal, Price price, TimeInForce tif) {
        TokenId token = market.tokens().getFirst().tokenId();
        OrderIntent intent = new OrderIntent(new SignalId(signal), market.conditionId(), token, Side.BUY, price, Size.of("10"), tif);
        Venue.PreparedOrder prepared = venue.prepare(intent, market, java.time.Instant.now());
        orderWriter.lock();
        try {
            Order order = tracker.beforeSubmit(prepared, java.time.Instant.now()).orElseThrow();
            return tracker.onOutcome(order, venue.submit(prepared), "Yes");
        } finally {
            orderWriter.unlock();
        }
    }

    Order stored(Order order) { return store.orders().find(order.hash()).orElseThrow(); }

    @Test void channelAndLedgerKeepOrdersFillsAndPositionsTrueAndReconciliationFindsNothingToHalt() throws Exception {
        Market market = firstOpenMarket();
        store.markets().upsert(market);
        TokenId token = market.tokens().getFirst().tokenId();

        Order resting = send(market, "sim-rest", Price.of("0.02"), TimeInForce.GTC);
        assertThat(resting.status()).isEqualTo(OrderStatus.LIVE);
        Price ask = venue.book(market, token).bestAsk().orElseThrow();
        Order taken = send(market, "sim-take", ask, TimeInForce.FAK);
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(taken).status().terminal());

        // The trade's MATCHED, MINED and CONFIRMED events arrive on the channel after the answer: still one fill per trade.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(store.fills().forOrder(taken.hash())).isNotEmpty());
        Size filled = stored(taken).filled();
        assertThat(filled.shares()).isPositive();
        assertThat(store.positions().find(token).orElseThrow().size()).isEqualTo(filled);

        ReconciliationReport first = reconciler.reconcile();
        assertThat(first.mismatches()).isEmpty();
        assertThat(store.fills().forOrder(taken.hash()).stream().map(f -> f.size()).reduce(Size.ZERO, Size::plus)).isEqualTo(filled);

        // Cancelled at the venue behind the tracker's back: the channel's CANCELLATION brings the order to CANCELLED.
        venue.cancelAll();
        await().atMost(Duration.ofSeconds(10)).until(() -> stored(resting).status() == OrderStatus.CANCELLED);
        assertThat(reconciler.reconcile().mismatches()).isEmpty();
        assertThat(control).isEmpty();
    }
}
