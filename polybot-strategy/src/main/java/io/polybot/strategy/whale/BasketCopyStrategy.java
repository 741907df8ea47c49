package io.polybot.strategy.whale;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.Side;
import io.polybot.core.money.Usd;
import io.polybot.core.signal.Signal;
import io.polybot.core.signal.SignalId;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.consensus.Basket;
import io.polybot.strategy.intelligence.consensus.BasketConsensus;
import io.polybot.strategy.intelligence.consensus.Consensus;
import io.polybot.strategy.intelligence.consensus.ConsensusConfig;
import io.polybot.strategy.intelligence.consensus.EntryGate;
import io.polybot.strategy.intelligence.consensus.GateResult;
import io.polybot.strategy.intelligence.consensus.MarketTradeWindow;
import io.polybot.strategy.intelligence.scoring.WalletScore;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Basket copy: when a basket's wallets agree on an outcome (more than 80% of the active votes
 * net-buying it within the window, enough of them, linked wallets voting once) and the entry
 * gate passes, buy that outcome. Fires once per basket and outcome per window, remembered in
 * {@link BasketFirings} (the store's {@code strategy_state} in the app, so a restart does not fire
 * again); the signal id derives from the trade that completed the consensus, so a redelivered trade
 * gives the same id, and only that trade may re-emit it.
 *
 * <p>The signal's provenance carries the triggering trades, each agreeing wallet's score, the
 * consensus figures and the gate's numbers. Single writer: call from one consumer thread.
 */
public final class BasketCopyStrategy {
    public static final String NAME = "basket-copy";

    private final Supplier<List<Basket>> baskets;
    private final BasketConsensus consensus;
    private final EntryGate gate;
    private final MarketTradeWindow window;
    private final Function<WalletAddress, WalletScore> scores;
    private final Function<ConditionId, Market> markets;
    private final Clock clock;
    private final BasketFirings firings;

    /** Remembers its firings in memory only (tests, tools). */
    public BasketCopyStrategy(Supplier<List<Basket>> baskets, BasketConsensus consensus, EntryGate gate,
                              Function<WalletAddress, WalletScore> scores, Function<ConditionId, Market> markets, Clock clock) {
        this(baskets, consensus, gate, scores, markets, BasketFirings.inMemory(), clock);
    }

    /** @param scores the latest score of a wallet, or null when unscored */
    public BasketCopyStrategy(Supplier<List<Basket>> baskets, BasketConsensus consensus, EntryGate gate,
                              Function<WalletAddress, WalletScore> scores, Function<ConditionId, Market> markets,
                              BasketFirings firings, Clock clock) {
        this.firings = firings;
        this.baskets = baskets;
        this.consensus = consensus;
        this.gate = gate;
        this.scores = scores;
        this.markets = markets;
        this.clock = clock;
        this.window = new MarketTradeWindow(() -> consensus.config().window(), this::inAnyBasket);
    }

    public ConsensusConfig consensusConfig() { return consensus.config(); }

    /** Applies a new consensus threshold, window and minimum from the next trade on. */
    public void reconfigure(ConsensusConfig next) { consensus.reconfigure(next); }

    /** The signal this trade completes, if any. Trades of wallets in no basket are ignored. */
    public Optional<Signal> onTrade(WalletTrade trade) {
        if (!window.add(trade) || trade.side() != Side.BUY) return Optional.empty();
        Market market = markets.apply(trade.market());
        String category = market == null ? null : market.category();
        Instant now = trade.eventTime();
        List<WalletTrade> recent = window.trades(trade.market(), now);
        for (Basket basket : baskets.get()) {
            if (!basket.contains(trade.wallet()) || !basket.covers(category)) continue;
            String key = basket.name() + "|" + trade.token().value();
            var fired = firings.last(key);
            if (fired.isPresent() && fired.get().at().isAfter(now.minus(consensus.config().window()))
                    && !fired.get().tradeId().equals(trade.id())) continue;
            Consensus agreement = consensus.evaluate(basket, trade.market(), trade.token(), recent, now);
            if (!agreement.reached() || agreement.whalesVwap() == null) continue;
            Map<WalletAddress, WalletScore> agreeingScores = scoresOf(agreement, recent);
            GateResult gated = gate.evaluate(trade.price(), agreement.whalesVwap(),
                    EntryGate.winProbability(agreement.whalesVwap(), agreeingScores.values()));
            if (!gated.passed()) continue;
            firings.fired(key, new BasketFirings.Firing(now, trade.id()));
            return Optional.of(signal(trade, basket, agreement, gated, agreeingScores, recent));
        }
        return Optional.empty();
    }

    private boolean inAnyBasket(WalletTrade trade) {
        for (Basket basket : baskets.get()) if (basket.contains(trade.wallet())) return true;
        return false;
    }

    private Map<WalletAddress, WalletScore> scoresOf(Consensus agreement, List<WalletTrade> recent) {
        Set<String> triggering = new HashSet<>(agreement.triggeringTrades());
        Map<WalletAddress, WalletScore> out = new LinkedHashMap<>();
        for (WalletTrade t : recent) {
            if (!triggering.contains(t.id()) || out.containsKey(t.wallet())) continue;
            WalletScore score = scores.apply(t.wallet());
            if (score != null) out.put(t.wallet(), score);
        }
        return out;
    }

    private Signal signal(WalletTrade trade, Basket basket, Consensus agreement, GateResult gated,
                          Map<WalletAddress, WalletScore> agreeingScores, List<WalletTrade> recent) {
        Set<String> triggering = new HashSet<>(agreement.triggeringTrades());
        BigDecimal notional = BigDecimal.ZERO;
        for (WalletTrade t : recent) if (triggering.contains(t.id())) notional = notional.add(t.notional().amount());
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("mode", "basket");
        provenance.put("tradeId", trade.id());
        provenance.putAll(agreement.asProvenance());
        provenance.putAll(gated.asProvenance());
        agreeingScores.forEach((wallet, s) -> provenance.put("score." + wallet.value(), "score " + s.score().toPlainString()
                + ", win rate " + s.lifetime().rate().toPlainString() + " [" + s.lifetime().lower().toPlainString() + ", "
                + s.lifetime().upper().toPlainString() + "], n " + s.positions() + ", EV " + s.expectedValuePerDollar().toPlainString()
                + (s.decayed() ? ", decayed" : "")));
        String reason = "basket " + basket.name() + ": " + agreement.agreeing() + " of " + agreement.active() + " votes bought "
                + trade.outcome() + " (VWAP " + agreement.whalesVwap().toPlainString() + "), price " + trade.price()
                + ", EV " + gated.expectedValuePerDollar().toPlainString() + "/$ after fees";
        return new Signal(SignalId.of(NAME, basket.name() + "|" + trade.id()), NAME, trade.market(), trade.token(), trade.outcome(),
                Side.BUY, trade.price(), new Usd(notional), reason, provenance, clock.now());
    }
}
