package io.polybot.sim.world;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.sim.matching.Balances;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OrderRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The market makers' quoting: a ladder of bids and asks around each market's current "Yes" mid
 * (and the mirrored "No" mid), re-placed whole after every hit so each book stays two-sided and deep.
 *
 * <p>The mid moves one tick toward the truth after an informed trade (the market learns from the
 * whale, which is what makes copying it pay) and takes occasional random steps after noise trades.
 */
final class MarketMakers {
    /** Shares per level, best level first: a ~$100 buy fills at the touch, a $10k+ buy walks a few ticks. */
    private static final List<BigDecimal> LEVEL_SIZES = List.of(
            new BigDecimal("1500"), new BigDecimal("2500"), new BigDecimal("4000"), new BigDecimal("6000"), new BigDecimal("8000"));
    private static final BigDecimal LADDER_SHARES = LEVEL_SIZES.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    /** Market makers are deep-pocketed: when low they deposit more and split it into outcome pairs. */
    static final BigDecimal DEPOSIT = new BigDecimal("5000000");
    private static final BigDecimal SPLIT = new BigDecimal("200000");

    private final World world;
    private final MatchingEngine engine;
    private final Map<ConditionId, BigDecimal> yesMid = new ConcurrentHashMap<>();

    MarketMakers(World world, MatchingEngine engine) {
        this.world = world;
        this.engine = engine;
        world.markets().forEach(m -> yesMid.put(m.market().conditionId(), m.openingPrice()));
    }

    BigDecimal yesMid(ConditionId market) { return yesMid.get(market); }

    void quoteAll() {
        world.markets().forEach(this::quote);
    }

    void quote(SimMarket market) {
        market.market().tokens().forEach(token -> quote(market, token.tokenId()));
    }

    void quote(SimMarket market, TokenId token) {
        OutcomeToken outcome = market.market().token(token).orElseThrow();
        BigDecimal tick = market.market().tickSize();
        BigDecimal mid = outcome.equals(market.yes()) ? yesMid(market.market().conditionId()) : BigDecimal.ONE.subtract(yesMid(market.market().conditionId()));
        for (SimWallet maker : world.wallets(WalletType.MARKET_MAKER)) {
            restock(maker, market, token);
            List<OrderRequest> quotes = new ArrayList<>();
            for (int level = 0; level < LEVEL_SIZES.size(); level++) {
                BigDecimal offset = tick.multiply(BigDecimal.valueOf(level + 1L));
                quotes.add(quote(maker, token, Side.BUY, mid.subtract(offset), LEVEL_SIZES.get(level)));
                quotes.add(quote(maker, token, Side.SELL, mid.add(offset), LEVEL_SIZES.get(level)));
            }
            engine.replaceQuotes(maker.address(), token, quotes);
        }
    }

    private OrderRequest quote(SimWallet maker, TokenId token, Side side, BigDecimal price, BigDecimal size) {
        return new OrderRequest(engine.nextOrderId(), maker.address(), "", token, side, price, size, TimeInForce.GTC);
    }

    private void restock(SimWallet maker, SimMarket market, TokenId token) {
        Balances balances = engine.balances(maker.address());
        if (balances.availablePusd().compareTo(SPLIT.add(LADDER_SHARES)) < 0) engine.creditPusd(maker.address(), DEPOSIT);
        // Held shares (not just available): the replaced asks release their lock first.
        if (balances.shares(token).compareTo(LADDER_SHARES) < 0)
            engine.split(maker.address(), market.market().tokens().stream().map(OutcomeToken::tokenId).toList(), SPLIT);
    }

    /** After an informed buy: the market learns, the mid steps one tick toward the truth. */
    void learnFromInformed(SimMarket market) {
        BigDecimal tick = market.market().tickSize();
        yesMid.computeIfPresent(market.market().conditionId(), (id, mid) -> {
            BigDecimal gap = market.trueProbability().subtract(mid);
            if (gap.abs().compareTo(tick) <= 0) return mid;
            return clamp(gap.signum() > 0 ? mid.add(tick) : mid.subtract(tick), tick);
        });
    }

    /** A random step of the mid in the direction a noise trader pushed "Yes". */
    void drift(SimMarket market, int direction) {
        BigDecimal tick = market.market().tickSize();
        yesMid.computeIfPresent(market.market().conditionId(), (id, mid) -> clamp(mid.add(tick.multiply(BigDecimal.valueOf(direction))), tick));
    }

    /** Keeps the whole ladder on the price grid [tick, 1 - tick]. */
    private static BigDecimal clamp(BigDecimal mid, BigDecimal tick) {
        BigDecimal reach = tick.multiply(BigDecimal.valueOf(LEVEL_SIZES.size() + 1L));
        BigDecimal low = reach;
        BigDecimal high = BigDecimal.ONE.subtract(reach);
        return mid.max(low).min(high);
    }
}
