package io.polybot.strategy;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.log.LogSampler;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.batch.BatchWriter;
import io.polybot.store.repo.SignalRepository;
import io.polybot.strategy.trades.TradeRecorder;
import io.polybot.strategy.whale.BasketCopyStrategy;
import io.polybot.strategy.whale.WhaleCopyStrategy;
import io.polybot.strategy.whale.Whitelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Athena: consumes {@code md.trades}, records them, runs the strategies (single-whale copy and,
 * when wired, basket copy) and publishes their signals. While trading is HALTED strategies are
 * silent (trades are still recorded). Runs the wallet scoring job on its schedule (every 24 h) and
 * on demand ({@link #scoreNow()}); after a run the whitelist is re-read at once.
 */
public final class StrategyRole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StrategyRole.class);
    static final String SOURCE = "strategy.whale-copy";
    static final String BASKET_SOURCE = "strategy.basket-copy";
    private static final int SIGNAL_QUEUE = 10_000;
    private static final int SIGNAL_BATCH = 500;

    /** The scoring job and when it runs: first after {@code firstRun}, then every {@code every}. */
    public record Scoring(Runnable job, Duration firstRun, Duration every) {}

    private final MessageBus bus;
    private final TradeRecorder recorder;
    private final WhaleCopyStrategy whaleCopy;
    private final Whitelist whitelist;
    private final Duration whitelistRefresh;
    private final BatchWriter<Signal> signals;
    private final TradingSwitch tradingSwitch;
    private final Clock clock;
    private final BasketCopyStrategy basketCopy;
    private final Scoring scoring;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final LiveParameters parameters;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("strategy-whitelist").factory());

    /** The whitelist is re-read from the store every {@code whitelistRefresh}, so pins, bans and scoring take effect. */
    public StrategyRole(MessageBus bus, TradeRecorder recorder, WhaleCopyStrategy whaleCopy, Whitelist whitelist,
                        Duration whitelistRefresh, SignalRepository signals, TradingSwitch tradingSwitch, Clock clock) {
        this(bus, recorder, whaleCopy, null, null, whitelist, whitelistRefresh, signals, tradingSwitch, clock);
    }

    /**
     * @param basketCopy the basket mode, or null without it
     * @param scoring    the scheduled scoring job, or null when another process scores
     */
    public StrategyRole(MessageBus bus, TradeRecorder recorder, WhaleCopyStrategy whaleCopy, BasketCopyStrategy basketCopy, Scoring scoring,
                        Whitelist whitelist, Duration whitelistRefresh, SignalRepository signals, TradingSwitch tradingSwitch, Clock clock) {
        this.basketCopy = basketCopy;
        this.scoring = scoring;
        this.bus = bus;
        this.recorder = recorder;
        this.whaleCopy = whaleCopy;
        this.whitelist = whitelist;
        this.whitelistRefresh = whitelistRefresh;
        LogSampler shown = new LogSampler(clock, Duration.ofSeconds(1));
        this.signals = new BatchWriter<>("signals", batch -> signals.insertAllIfAbsentUnflushed(batch).forEach(s -> logStored(s, shown)),
                SIGNAL_QUEUE, SIGNAL_BATCH, Duration.ofSeconds(1), BatchWriter.LINGER);
        this.tradingSwitch = tradingSwitch;
        this.clock = clock;
        this.parameters = new LiveParameters(whaleCopy, basketCopy, whitelist);
    }

    /** A new signal in the log: each strategy's first in a second, the rest counted (all are in the store and on the dashboard). */
    private static void logStored(Signal signal, LogSampler shown) {
        OptionalInt more = shown.show(signal.strategy());
        if (more.isEmpty()) return;
        if (more.getAsInt() == 0) log.info("signal {}: {}", signal.id(), signal.reason());
        else log.info("signal {}: {}; {} more {} signals since the last shown", signal.id(), signal.reason(), more.getAsInt(), signal.strategy());
    }

    /** Operators' strategy and whitelist changes, applied live from {@code control}. */
    public LiveParameters parameters() { return parameters; }

    public void start(String instance) {
        subscriptions.add(bus.subscribeBroadcast(Topic.CONTROL, "strategy-" + instance, tradingSwitch));
        subscriptions.add(bus.subscribeBroadcast(Topic.CONTROL, "strategy-" + instance + ".parameters", parameters));
        subscriptions.add(bus.subscribe(Topic.MD_TRADES, "strategy.recorder", recorder));
        subscriptions.add(bus.subscribe(Topic.MD_TRADES, "strategy.whale-copy", this::onTrade));
        if (basketCopy != null) subscriptions.add(bus.subscribe(Topic.MD_TRADES, "strategy.basket-copy", this::onBasketTrade));
        long every = whitelistRefresh.toMillis();
        scheduler.scheduleWithFixedDelay(this::refreshWhitelist, every, every, TimeUnit.MILLISECONDS);
        if (scoring != null)
            scheduler.scheduleWithFixedDelay(this::scoreQuietly, scoring.firstRun().toMillis(), scoring.every().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the scoring job now, on the caller's thread, then re-reads the whitelist. */
    public void scoreNow() {
        if (scoring == null) throw new IllegalStateException("no scoring job is wired into this strategy role");
        scoring.job().run();
        whitelist.refresh();
    }

    private void scoreQuietly() {
        try {
            scoreNow();
        } catch (RuntimeException e) {
            log.warn("scheduled wallet scoring failed, keeping the last scores and whitelist: {}", e.toString(), e);
        }
    }

    private void refreshWhitelist() {
        try {
            whitelist.refresh();
        } catch (RuntimeException e) {
            log.warn("whitelist refresh failed, keeping the last one ({} wallets): {}", whitelist.size(), e.toString());
        }
    }

    void onTrade(Envelope<?> envelope) {
        if (!(envelope.payload() instanceof WalletTrade trade) || tradingSwitch.halted() || !parameters.whaleCopyEnabled()) return;
        Optional<Signal> signal = whaleCopy.onTrade(trade);
        if (signal.isEmpty()) return;
        Signal s = signal.get();
        // Published, then stored behind: execution takes the signal from the bus and never reads its row, so the
        // commit stays off the way from trade to order, and one round trip per signal would be the feed's pace at a
        // thousand whale trades a second. Like risk decisions, a crash may lose the last milliseconds of signal rows,
        // never an order row (which carries the signal's id); the same signal made again (same id) is stored once.
        bus.publish(Topic.SIGNALS, Envelope.of(SOURCE, trade.eventTime(), clock.now(), s).withId(s.id().value()));
        signals.write(s);
    }

    /** Basket mode runs as its own consumer: single writer of its trade window. */
    void onBasketTrade(Envelope<?> envelope) {
        if (!(envelope.payload() instanceof WalletTrade trade) || tradingSwitch.halted() || !parameters.basketCopyEnabled()) return;
        Optional<Signal> signal = basketCopy.onTrade(trade);
        if (signal.isEmpty()) return;
        Signal s = signal.get();
        // As in onTrade: on the bus first, then stored behind.
        bus.publish(Topic.SIGNALS, Envelope.of(BASKET_SOURCE, trade.eventTime(), clock.now(), s).withId(s.id().value()));
        signals.write(s);
    }

    /** Stops consuming, then writes the trades and signals still queued. */
    @Override public void close() {
        scheduler.shutdownNow();
        subscriptions.forEach(Subscription::close);
        signals.close();
        recorder.close();
    }
}
