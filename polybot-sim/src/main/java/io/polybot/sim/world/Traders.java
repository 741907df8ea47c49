package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.sim.funding.Funding;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OrderRequest;
import io.polybot.sim.matching.PlaceResult;
import io.polybot.sim.matching.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a simulated wallet takes liquidity: sweep the book for a dollar amount or sell shares it
 * holds, topping up its collateral from its funder first; the market makers re-quote what was hit.
 */
final class Traders {
    private static final Logger log = LoggerFactory.getLogger(Traders.class);

    private final MatchingEngine engine;
    private final Funding funding;
    private final MarketMakers makers;
    private final World world;

    Traders(World world, MatchingEngine engine, Funding funding, MarketMakers makers) {
        this.world = world;
        this.engine = engine;
        this.funding = funding;
        this.makers = makers;
    }

    /** Buys about {@code usd} of {@code token} from the asks, walking the book as far as needed. */
    Optional<Trade> buyUsd(SimWallet wallet, SimMarket market, TokenId token, BigDecimal usd, BigDecimal deposit) {
        Optional<Sweep> sweep = engine.book(token).flatMap(book -> sweep(book.asks(), usd));
        if (sweep.isEmpty() || sweep.get().shares().compareTo(market.market().minOrderSize()) < 0) return Optional.empty();
        return buyShares(wallet, market, token, sweep.get().shares(), sweep.get().limit(), deposit);
    }

    /** Buys {@code shares} at the best ask (what fills there; a bot does not chase). */
    Optional<Trade> buyAtTouch(SimWallet wallet, SimMarket market, TokenId token, BigDecimal shares, BigDecimal deposit) {
        Optional<BigDecimal> ask = engine.book(token).flatMap(BookDepth::bestAsk);
        if (ask.isEmpty()) return Optional.empty();
        return buyShares(wallet, market, token, shares, ask.get(), deposit);
    }

    private Optional<Trade> buyShares(SimWallet wallet, SimMarket market, TokenId token, BigDecimal shares, BigDecimal limit, BigDecimal deposit) {
        // Twice the notional at the limit covers any taker fee the venue may charge.
        BigDecimal needed = limit.multiply(shares).multiply(BigDecimal.TWO);
        if (engine.balances(wallet.address()).availablePusd().compareTo(needed) < 0)
            funding.deposit(wallet.funder(), wallet.address(), deposit.max(needed.setScale(0, RoundingMode.UP)));
        return take(wallet, market, token, Side.BUY, limit, shares);
    }

    /** Sells up to {@code shares} it holds at the best bid. */
    Optional<Trade> sell(SimWallet wallet, SimMarket market, TokenId token, BigDecimal shares) {
        BigDecimal held = engine.balances(wallet.address()).availableShares(token);
        BigDecimal size = shares.min(held).setScale(2, RoundingMode.DOWN);
        if (size.compareTo(market.market().minOrderSize()) < 0) return Optional.empty();
        Optional<BigDecimal> bid = engine.book(token).flatMap(BookDepth::bestBid);
        if (bid.isEmpty()) return Optional.empty();
        return take(wallet, market, token, Side.SELL, bid.get(), size);
    }

    BigDecimal held(SimWallet wallet, TokenId token) { return engine.balances(wallet.address()).availableShares(token); }

    private Optional<Trade> take(SimWallet wallet, SimMarket market, TokenId token, Side side, BigDecimal limit, BigDecimal size) {
        OrderRequest order = new OrderRequest(engine.nextOrderId(), wallet.address(), "", token, side, limit, size, TimeInForce.FAK);
        Optional<Trade> trade = switch (engine.place(order)) {
            case PlaceResult.Accepted accepted -> accepted.trade();
            case PlaceResult.Rejected rejected -> {
                log.debug("{} order by {} rejected: {}", wallet.type(), wallet.address(), rejected.message());
                yield Optional.empty();
            }
        };
        // Re-quote exactly the ladders that were hit (a complementary fill hits the other outcome's).
        trade.ifPresent(t -> t.makerFills().stream().map(f -> Map.entry(f.maker(), f.token())).distinct()
                .forEach(hit -> world.wallet(hit.getKey()).filter(w -> w.type() == WalletType.MARKET_MAKER)
                        .ifPresent(maker -> makers.quote(market, hit.getValue(), maker))));
        return trade;
    }

    /** Shares and limit price that buy at least {@code target} dollars from the asks (best first), or all of them. */
    record Sweep(BigDecimal shares, BigDecimal limit) {}

    static Optional<Sweep> sweep(List<BookDepth.Level> asks, BigDecimal target) {
        BigDecimal notional = BigDecimal.ZERO;
        BigDecimal shares = BigDecimal.ZERO;
        BigDecimal limit = null;
        for (BookDepth.Level level : asks) {
            limit = level.price();
            BigDecimal levelNotional = level.price().multiply(level.size());
            if (notional.add(levelNotional).compareTo(target) >= 0) {
                BigDecimal needed = target.subtract(notional).divide(level.price(), 2, RoundingMode.UP);
                return Optional.of(new Sweep(shares.add(needed.min(level.size())), limit));
            }
            notional = notional.add(levelNotional);
            shares = shares.add(level.size());
        }
        return limit == null ? Optional.empty() : Optional.of(new Sweep(shares, limit));
    }

    static OutcomeToken other(SimMarket market, OutcomeToken token) { return token.equals(market.yes()) ? market.no() : market.yes(); }
}
