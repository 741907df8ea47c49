package io.polybot.strategy;

import io.polybot.core.bus.Envelope;
import io.polybot.core.bus.MessageBus;
import io.polybot.core.bus.Subscription;
import io.polybot.core.bus.Topic;
import io.polybot.core.signal.Signal;
import io.polybot.core.time.Clock;
import io.polybot.core.trading.TradingSwitch;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.store.repo.SignalRepository;
import io.polybot.strategy.trades.TradeRecorder;
import io.polybot.strategy.whale.WhaleCopyStrategy;
import io.polybot.strategy.whale.Whitelist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Athena: consumes {@code md.trades}, records them, runs the strategies and publishes their
 * signals. While trading is HALTED strategies are silent (trades are still recorded).
 */
public final class StrategyRole implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(StrategyRole.class);
    static final String SOURCE = "strategy.whale-copy";

    private final MessageBus bus;
    private final TradeRecorder recorder;
    private final WhaleCopyStrategy whaleCopy;
    private final Whitelist whitelist;
    private final Duration whitelistRefresh;
    private final SignalRepository signals;
    private final TradingSwitch tradingSwitch;
    private final Clock clock;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("strategy-whitelist").factory());

    /** The whitelist is re-read from the store every {@code whitelistRefresh}, so pins, bans and scoring take effect. */
    public StrategyRole(MessageBus bus, TradeRecorder recorder, WhaleCopyStrategy whaleCopy, Whitelist whitelist,
                        Duration whitelistRefresh, SignalRepository signals, TradingSwitch tradingSwitch, Clock clock) {
        this.bus = bus;
        this.recorder = recorder;
        this.whaleCopy = whaleCopy;
        this.whitelist = whitelist;
        this.whitelistRefresh = whitelistRefresh;
        this.signals = signals;
        this.tradingSwitch = tradingSwitch;
        this.clock = clock;
    }

    public void start(String instance) {
        subscriptions.add(bus.subscribeBroadcast(Topic.CONTROL, "strategy-" + instance, tradingSwitch));
        subscriptions.add(bus.subscribe(Topic.MD_TRADES, "strategy.recorder", recorder));
        subscriptions.add(bus.subscribe(Topic.MD_TRADES, "strategy.whale-copy", this::onTrade));
        long every = whitelistRefresh.toMillis();
        scheduler.scheduleWithFixedDelay(this::refreshWhitelist, every, every, TimeUnit.MILLISECONDS);
    }

    private void refreshWhitelist() {
        try {
            whitelist.refresh();
        } catch (RuntimeException e) {
            log.warn("whitelist refresh failed, keeping the last one ({} wallets): {}", whitelist.size(), e.toString());
        }
    }

    void onTrade(Envelope<?> envelope) {
        if (!(envelope.payload() instanceof WalletTrade trade) || tradingSwitch.halted()) return;
        Optional<Signal> signal = whaleCopy.onTrade(trade);
        if (signal.isEmpty()) return;
        Signal s = signal.get();
        if (signals.insertIfAbsent(s)) log.info("signal {}: {}", s.id(), s.reason());
        // Published even when already stored: the earlier attempt may have died before publishing;
        // execution ignores a signal it has already acted on.
        bus.publish(Topic.SIGNALS, Envelope.of(SOURCE, trade.eventTime(), clock.now(), s).withId(s.id().value()));
    }

    @Override public void close() {
        scheduler.shutdownNow();
        subscriptions.forEach(Subscription::close);
    }
}
