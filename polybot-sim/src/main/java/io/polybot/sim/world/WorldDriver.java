package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OrderRequest;
import io.polybot.sim.matching.PlaceResult;
import io.polybot.sim.matching.TokenRules;
import io.polybot.sim.matching.Trade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Makes the world trade: noise traders take small random positions every few seconds, the
 * informed whale buys the favoured outcome for $10,000+ (first within 15-30 s, then about every
 * minute), and market makers re-quote whatever was hit. Times are simulated: at speed X every
 * delay is X times shorter on the wall clock.
 *
 * <p>All activity runs on one driver thread, so the world's own decisions are sequential and,
 * for a given seed, the same; orders from outside (our bot over HTTP) interleave through the engine.
 */
public final class WorldDriver implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WorldDriver.class);

    public static final BigDecimal WHALE_MIN_NOTIONAL = new BigDecimal("10000");
    private static final int WHALE_EXTRA_NOTIONAL = 15_000;
    private static final BigDecimal WHALE_DEPOSIT = new BigDecimal("5000000");
    private static final BigDecimal NOISE_DEPOSIT = new BigDecimal("20000");
    private static final BigDecimal NOISE_STARTING_SHARES = new BigDecimal("2000");

    private final World world;
    private final MatchingEngine engine;
    private final double speed;
    private final MarketMakers makers;
    private final Random random;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("sim-world-driver").unstarted(r));
    private final Set<TokenId> requotesPending = ConcurrentHashMap.newKeySet();

    /** @param speed simulated seconds per wall-clock second (the clock given to the engine runs at the same speed) */
    public WorldDriver(World world, MatchingEngine engine, double speed) {
        if (!(speed > 0)) throw new IllegalArgumentException("speed must be > 0, was " + speed);
        this.world = world;
        this.engine = engine;
        this.speed = speed;
        this.makers = new MarketMakers(world, engine);
        this.random = new Random(world.seed() * 31 + 7);
    }

    /** Lists the markets, funds the wallets and puts up the first quotes; the books are two-sided when this returns. */
    public void open() {
        for (SimMarket m : world.markets())
            for (OutcomeToken t : m.market().tokens())
                engine.list(new TokenRules(t.tokenId(), m.market().conditionId(), t.outcome(),
                        t.outcomeIndex(), m.market().tickSize(), m.market().minOrderSize()));
        for (SimWallet wallet : world.wallets()) {
            switch (wallet.type()) {
                case INFORMED -> engine.creditPusd(wallet.address(), WHALE_DEPOSIT);
                case MARKET_MAKER -> engine.creditPusd(wallet.address(), MarketMakers.DEPOSIT);
                case NOISE -> {
                    engine.creditPusd(wallet.address(), NOISE_DEPOSIT);
                    for (SimMarket m : world.markets())
                        engine.split(wallet.address(), m.market().tokens().stream().map(OutcomeToken::tokenId).toList(), NOISE_STARTING_SHARES);
                }
            }
        }
        makers.quoteAll();
        engine.addListener(trade -> {
            boolean makerHit = trade.makerFills().stream()
                    .anyMatch(f -> world.wallet(f.maker()).map(w -> w.type() == WalletType.MARKET_MAKER).orElse(false));
            if (makerHit && !thread.isShutdown() && requotesPending.add(trade.token())) {
                try {
                    thread.execute(() -> requote(trade.token()));
                } catch (RejectedExecutionException e) {
                    requotesPending.remove(trade.token()); // closing: nobody is left to quote
                }
            }
        });
    }

    /** Starts the autonomous noise and whale activity. */
    public void start() {
        repeat(this::noiseTrade, () -> Duration.ofSeconds(2 + random.nextInt(5)), Duration.ofSeconds(2 + random.nextInt(4)));
        repeat(this::whaleTrade, () -> Duration.ofSeconds(50 + random.nextInt(21)), Duration.ofSeconds(15 + random.nextInt(16)));
    }

    /** Has the informed whale trade now (on the driver thread) and returns its trade, if anything filled. */
    public Optional<Trade> triggerWhaleTrade() {
        try {
            return thread.submit(this::whaleTrade).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the whale trade", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("whale trade failed", e);
        }
    }

    private Optional<Trade> whaleTrade() {
        SimWallet whale = world.wallets(WalletType.INFORMED).getFirst();
        SimMarket market = world.markets().get(random.nextInt(world.markets().size()));
        OutcomeToken token = market.favoured();
        BigDecimal target = WHALE_MIN_NOTIONAL.add(BigDecimal.valueOf(random.nextInt(WHALE_EXTRA_NOTIONAL + 1)));
        Optional<Sweep> sweep = engine.book(token.tokenId()).flatMap(book -> sweep(book.asks(), target));
        if (sweep.isEmpty()) return Optional.empty();
        BigDecimal cost = sweep.get().limit().multiply(sweep.get().shares());
        if (engine.balances(whale.address()).availablePusd().compareTo(cost) < 0) engine.creditPusd(whale.address(), WHALE_DEPOSIT);
        Optional<Trade> trade = take(whale, token.tokenId(), Side.BUY, sweep.get().limit(), sweep.get().shares());
        if (trade.isPresent()) {
            makers.learnFromInformed(market);
            makers.quote(market);
            log.info("informed wallet {} bought {} shares of '{}' {} for ${}", whale.address(), trade.get().size(),
                    market.market().question(), token.outcome(), trade.get().notional().setScale(2, RoundingMode.HALF_UP));
        }
        return trade;
    }

    /** Shares and limit price that buy at least {@code target} dollars from the asks (best first), or all of them. */
    private record Sweep(BigDecimal shares, BigDecimal limit) {}

    private static Optional<Sweep> sweep(List<BookDepth.Level> asks, BigDecimal target) {
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

    private void noiseTrade() {
        List<SimWallet> noise = world.wallets(WalletType.NOISE);
        SimWallet trader = noise.get(random.nextInt(noise.size()));
        SimMarket market = world.markets().get(random.nextInt(world.markets().size()));
        OutcomeToken token = random.nextBoolean() ? market.yes() : market.no();
        BigDecimal size = BigDecimal.valueOf(5 + random.nextInt(46));
        boolean wantsToSell = random.nextInt(10) >= 6;
        boolean canSell = engine.balances(trader.address()).availableShares(token.tokenId()).compareTo(size) >= 0;
        Side side = wantsToSell && canSell ? Side.SELL : Side.BUY;
        Optional<BookDepth> book = engine.book(token.tokenId());
        Optional<BigDecimal> price = book.flatMap(side == Side.BUY ? BookDepth::bestAsk : BookDepth::bestBid);
        if (price.isEmpty()) return;
        if (side == Side.BUY && engine.balances(trader.address()).availablePusd().compareTo(price.get().multiply(size)) < 0)
            engine.creditPusd(trader.address(), NOISE_DEPOSIT);
        Optional<Trade> trade = take(trader, token.tokenId(), side, price.get(), size);
        if (trade.isPresent() && random.nextInt(4) == 0) {
            boolean pushesYesUp = (side == Side.BUY) == token.equals(market.yes());
            makers.drift(market, pushesYesUp ? 1 : -1);
            makers.quote(market);
        }
    }

    private Optional<Trade> take(SimWallet wallet, TokenId token, Side side, BigDecimal limit, BigDecimal size) {
        OrderRequest order = new OrderRequest(engine.nextOrderId(), wallet.address(), "", token, side, limit, size, TimeInForce.FAK);
        return switch (engine.place(order)) {
            case PlaceResult.Accepted accepted -> accepted.trade();
            case PlaceResult.Rejected rejected -> {
                log.debug("{} order by {} rejected: {}", wallet.type(), wallet.address(), rejected.message());
                yield Optional.empty();
            }
        };
    }

    private void requote(TokenId token) {
        requotesPending.remove(token);
        world.marketOf(token).ifPresent(market -> makers.quote(market, token));
    }

    /** Runs {@code step} after {@code first}, then again after each {@code next} delay (simulated time), until closed. */
    private void repeat(Runnable step, Supplier<Duration> next, Duration first) {
        if (thread.isShutdown()) return;
        try {
            thread.schedule(() -> {
                try {
                    step.run();
                } catch (RuntimeException e) {
                    // A bug in one step must not stop the world.
                    log.error("simulated activity failed", e);
                }
                repeat(step, next, next.get());
            }, (long) (first.toNanos() / speed), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // closed between the check and the schedule: nothing more to run
        }
    }

    @Override public void close() {
        thread.shutdownNow();
    }
}
