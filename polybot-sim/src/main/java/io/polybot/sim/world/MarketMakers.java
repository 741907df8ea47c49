package io.polybot.sim.world;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.sim.funding.Funding;
import io.polybot.sim.matching.Balances;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OrderRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The market makers' quoting: a ladder of bids and asks around each open market's "Yes" mid (and
 * the mirrored "No" mid), re-placed whole after every hit so each book stays two-sided and deep.
 * Each market is quoted by two makers, so with many makers each covers a share of the markets.
 *
 * <p>The mid moves one tick toward the truth after an informed trade (the market learns from the
 * whale, which is what makes copying it pay), on news (more often toward the truth than away), and
 * takes occasional random steps after noise trades.
 */
final class MarketMakers {
    /** Shares per level, best level first: a ~$100 buy fills at the touch, a $10k+ buy walks a few ticks. */
    private static final List<BigDecimal> LEVEL_SIZES = List.of(
            new BigDecimal("1500"), new BigDecimal("2500"), new BigDecimal("4000"), new BigDecimal("6000"), new BigDecimal("8000"));
    private static final BigDecimal LADDER_SHARES = LEVEL_SIZES.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    /** Market makers are deep-pocketed: when low they deposit more and split it into outcome pairs. */
    static final BigDecimal DEPOSIT = new BigDecimal("5000000");
    private static final BigDecimal SPLIT = new BigDecimal("200000");
    private static final int MAKERS_PER_MARKET = 2;

    private final World world;
    private final MatchingEngine engine;
    private final Funding funding;
    private final List<SimWallet> makers;
    private final Map<ConditionId, BigDecimal> yesMid = new ConcurrentHashMap<>();
    private final Map<ConditionId, Integer> position = new java.util.HashMap<>();

    MarketMakers(World world, MatchingEngine engine, Funding funding) {
        this.world = world;
        this.engine = engine;
        this.funding = funding;
        this.makers = world.wallets(WalletType.MARKET_MAKER);
        for (int i = 0; i < world.markets().size(); i++) position.put(world.markets().get(i).market().conditionId(), i);
    }

    /** The market opens: quoting starts at the crowd's opening price. */
    void open(SimMarket market) {
        yesMid.put(market.market().conditionId(), market.openingPrice());
        quote(market);
    }

    /** The market resolved: no more quotes (the engine already cancelled the resting ones). */
    void close(SimMarket market) { yesMid.remove(market.market().conditionId()); }

    boolean quoting(SimMarket market) { return yesMid.containsKey(market.market().conditionId()); }

    BigDecimal yesMid(ConditionId market) { return yesMid.get(market); }

    void quote(SimMarket market) {
        market.market().tokens().forEach(token -> quote(market, token.tokenId()));
    }

    void quote(SimMarket market, TokenId token) {
        makersOf(market).forEach(maker -> quote(market, token, maker));
    }

    /** Re-places one maker's ladder on one token (after a fill: the engine's re-quote cost grows with every call). */
    void quote(SimMarket market, TokenId token, SimWallet maker) {
        BigDecimal mid = yesMid.get(market.market().conditionId());
        if (mid == null) return;
        OutcomeToken outcome = market.market().token(token).orElseThrow();
        BigDecimal tick = market.market().tickSize();
        if (!outcome.equals(market.yes())) mid = BigDecimal.ONE.subtract(mid);
        {
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

    /** The two makers of a market, by its place in the world. */
    List<SimWallet> makersOf(SimMarket market) {
        if (makers.size() <= MAKERS_PER_MARKET) return makers;
        int index = position.get(market.market().conditionId());
        List<SimWallet> out = new ArrayList<>();
        for (int i = 0; i < MAKERS_PER_MARKET; i++) out.add(makers.get((index + i) % makers.size()));
        return out;
    }

    private OrderRequest quote(SimWallet maker, TokenId token, Side side, BigDecimal price, BigDecimal size) {
        return new OrderRequest(engine.nextOrderId(), maker.address(), "", token, side, price, size, TimeInForce.GTC);
    }

    private void restock(SimWallet maker, SimMarket market, TokenId token) {
        Balances balances = engine.balances(maker.address());
        if (balances.availablePusd().compareTo(SPLIT.add(LADDER_SHARES)) < 0) funding.deposit(maker.funder(), maker.address(), DEPOSIT);
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

    /** News: the mid steps one tick, toward the truth if {@code towardTruth}, else away from it. */
    void news(SimMarket market, boolean towardTruth) {
        BigDecimal tick = market.market().tickSize();
        yesMid.computeIfPresent(market.market().conditionId(), (id, mid) -> {
            int toward = market.trueProbability().compareTo(mid) >= 0 ? 1 : -1;
            return clamp(mid.add(tick.multiply(BigDecimal.valueOf(towardTruth ? toward : -toward))), tick);
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
        return mid.max(reach).min(BigDecimal.ONE.subtract(reach));
    }
}
