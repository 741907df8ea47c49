package io.polybot.strategy.intelligence.consensus;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.strategy.intelligence.linking.LinkedGroups;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a basket's {@link Consensus} on one outcome of a market from the recent trades in
 * that market. Pure; the caller keeps the window of trades ({@link MarketTradeWindow}).
 *
 * <p>A vote (a wallet, or a linked group as one) is active when it traded the market within the
 * window, and agrees when its net flow favours the outcome: notional bought − sold of the outcome,
 * minus notional bought − sold of the market's other outcomes (buying NO is betting against YES).
 */
public final class BasketConsensus {
    private static final int SHARE_SCALE = 4;
    private static final int VWAP_SCALE = 6;

    private volatile ConsensusConfig config; // replaced live by an operator (StrategyChange)
    private final java.util.function.Supplier<LinkedGroups> groups;

    public BasketConsensus(ConsensusConfig config, LinkedGroups groups) {
        this(config, () -> groups);
    }

    /** @param groups the current linked groups: re-detected by every scoring run */
    public BasketConsensus(ConsensusConfig config, java.util.function.Supplier<LinkedGroups> groups) {
        this.config = config;
        this.groups = groups;
    }

    public ConsensusConfig config() { return config; }

    /** Applies a new threshold, window and minimum from the next evaluation on. */
    public void reconfigure(ConsensusConfig next) { config = java.util.Objects.requireNonNull(next); }

    /** @param marketTrades trades in {@code market} (any wallets, any order); those outside the window or basket are skipped */
    public Consensus evaluate(Basket basket, ConditionId market, TokenId outcome, List<WalletTrade> marketTrades, Instant now) {
        ConsensusConfig config = this.config; // one set of parameters per evaluation
        Instant start = now.minus(config.window());
        LinkedGroups groups = this.groups.get();
        Map<String, BigDecimal> netFlow = new LinkedHashMap<>();
        for (WalletTrade trade : marketTrades) {
            if (!inWindow(trade, start, now) || !trade.market().equals(market) || !basket.contains(trade.wallet())) continue;
            BigDecimal notional = trade.notional().amount();
            boolean towardOutcome = trade.token().equals(outcome) == (trade.side() == Side.BUY);
            netFlow.merge(groups.groupOf(trade.wallet()), towardOutcome ? notional : notional.negate(), BigDecimal::add);
        }
        List<String> agreeing = new ArrayList<>();
        netFlow.forEach((vote, flow) -> { if (flow.signum() > 0) agreeing.add(vote); });
        java.util.Set<String> agreeingSet = new java.util.HashSet<>(agreeing);
        List<String> triggering = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO, shares = BigDecimal.ZERO;
        for (WalletTrade trade : marketTrades) {
            if (trade.side() != Side.BUY || !trade.token().equals(outcome) || !inWindow(trade, start, now)
                    || !basket.contains(trade.wallet()) || !agreeingSet.contains(groups.groupOf(trade.wallet()))) continue;
            triggering.add(trade.id());
            paid = paid.add(trade.notional().amount());
            shares = shares.add(trade.size().shares());
        }
        int active = netFlow.size();
        BigDecimal share = active == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(agreeing.size()).divide(BigDecimal.valueOf(active), SHARE_SCALE, RoundingMode.HALF_EVEN);
        // Compare the exact fraction, not the rounded share: 0.80005 must not round into a pass or a fail.
        boolean above = active > 0 && BigDecimal.valueOf(agreeing.size()).compareTo(config.threshold().multiply(BigDecimal.valueOf(active))) > 0;
        boolean reached = above && agreeing.size() >= config.minimumWallets();
        BigDecimal vwap = shares.signum() == 0 ? null : paid.divide(shares, VWAP_SCALE, RoundingMode.HALF_EVEN);
        return new Consensus(basket.name(), market, outcome, start, now, agreeing.size(), active, share, reached, agreeing, triggering, vwap);
    }

    private static boolean inWindow(WalletTrade trade, Instant start, Instant now) {
        return trade.eventTime().isAfter(start) && !trade.eventTime().isAfter(now);
    }
}
