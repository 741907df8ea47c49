package io.polybot.strategy.whale;

import io.polybot.core.market.Side;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletTrade;

import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Single-whale copy: a whitelisted wallet's BUY of at least the whale notional becomes a signal
 * to buy the same outcome. The signal id derives from the trade id, so a redelivered trade
 * yields the same signal. Whale sells are not copied yet (we only open positions we can hold).
 */
public final class WhaleCopyStrategy {
    public static final String NAME = "whale-copy";

    private volatile WhaleCopyConfig config; // replaced live by an operator (StrategyChange)
    private final Whitelist whitelist;
    private final Clock clock;

    public WhaleCopyStrategy(WhaleCopyConfig config, Whitelist whitelist, Clock clock) {
        this.config = config;
        this.whitelist = whitelist;
        this.clock = clock;
    }

    public WhaleCopyConfig config() { return config; }

    /** Applies new parameters from the next trade on. */
    public void reconfigure(WhaleCopyConfig next) { config = java.util.Objects.requireNonNull(next); }

    /** The signal this trade calls for, if any. Pure apart from the clock: no I/O on the hot path. */
    public Optional<Signal> onTrade(WalletTrade trade) {
        WhaleCopyConfig config = this.config; // one set of parameters per trade
        if (trade.side() != Side.BUY) return Optional.empty();
        if (trade.notional().compareTo(config.minWhaleNotional()) < 0) return Optional.empty();
        if (!whitelist.contains(trade.wallet())) return Optional.empty();
        if (trade.price().value().compareTo(config.maxEntryPrice()) > 0) return Optional.empty();
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("mode", "single-whale");
        provenance.put("wallet", trade.wallet().value());
        provenance.put("tradeId", trade.id());
        provenance.put("transactionHash", trade.transactionHash());
        provenance.put("whaleNotional", trade.notional().toString());
        provenance.put("whalePrice", trade.price().toString());
        provenance.put("threshold", config.minWhaleNotional().toString());
        // Exact figures are in the provenance; the sentence is for people.
        String reason = "whitelisted whale " + trade.wallet() + " bought $" + trade.notional().amount().setScale(2, RoundingMode.HALF_EVEN)
                .toPlainString() + " of " + trade.outcome() + " at " + trade.price();
        return Optional.of(new Signal(SignalId.of(NAME, trade.id()), NAME, trade.market(), trade.token(), trade.outcome(),
                Side.BUY, trade.price(), trade.notional(), reason, provenance, clock.now()));
    }
}
