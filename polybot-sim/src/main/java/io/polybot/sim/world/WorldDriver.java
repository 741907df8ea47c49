package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.sim.funding.Funding;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.TokenRules;
import io.polybot.sim.matching.Trade;
import io.polybot.sim.resolution.Settlement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Makes the world happen on its {@link Schedule}: markets open, wallets trade (see {@link Agents}),
 * markets resolve and their holders redeem. {@link #runHistory()} plays the past up to the world's
 * start at once, on the pinned {@link WorldClock}; {@link #start()} then plays the future as the
 * live clock reaches it (at speed X every delay is X times shorter on the wall clock), or a test
 * plays it with {@link #advanceTo}.
 *
 * <p>All world activity runs on one thread at a time (the caller during history, then the driver
 * thread), so for a given seed its decisions are the same; orders from outside (our bot over HTTP)
 * interleave through the engine.
 */
public final class WorldDriver implements SimDriver {
    private static final Logger log = LoggerFactory.getLogger(WorldDriver.class);

    public static final BigDecimal WHALE_MIN_NOTIONAL = new BigDecimal("10000");
    private static final int WHALE_EXTRA_NOTIONAL = 15_000;
    private static final BigDecimal WHALE_DEPOSIT = new BigDecimal("5000000");

    private final World world;
    private final WorldScale scale;
    private final MatchingEngine engine;
    private final WorldClock clock;
    private final Settlement settlement;
    private final MarketMakers makers;
    private final Traders traders;
    private final Agents agents;
    private final Random random;
    private final Schedule schedule = new Schedule();
    private final SchedulePlayer player;
    private final Set<TokenId> requotesPending = ConcurrentHashMap.newKeySet();

    /** @param speed simulated seconds per wall-clock second (the live clock runs at the same speed) */
    public WorldDriver(World world, WorldScale scale, MatchingEngine engine, WorldClock clock, Funding funding, Settlement settlement,
                       double speed) {
        this.world = world;
        this.scale = scale;
        this.engine = engine;
        this.clock = clock;
        this.settlement = settlement;
        this.player = new SchedulePlayer(schedule, clock, speed, "world");
        this.makers = new MarketMakers(world, engine, funding);
        this.traders = new Traders(world, engine, funding, makers);
        this.random = new Random(world.seed() * 31 + 7);
        this.agents = new Agents(world, scale, engine, funding, traders, makers, random, clock::now);
    }

    /** Lists every market's tokens and puts the whole life of the world on the schedule, from the history's start. */
    @Override public void open() {
        for (SimMarket m : world.markets())
            for (OutcomeToken t : m.market().tokens())
                engine.list(new TokenRules(t.tokenId(), m.market().conditionId(), t.outcome(),
                        t.outcomeIndex(), m.market().tickSize(), m.market().minOrderSize()));
        Instant from = world.start().minus(scale.history());
        for (SimMarket m : world.markets()) {
            schedule.at(m.opensAt().isBefore(from) ? from : m.opensAt(), () -> makers.open(m));
            schedule.at(m.resolvesAt(), () -> resolve(m));
        }
        agents.schedule(timetable(), from);
        engine.addListener((Trade trade) -> {
            // Our bot (or any outside wallet) hit a maker: re-quote on the driver thread; the world's own takers re-quote themselves.
            boolean outsider = world.wallet(trade.taker()).isEmpty();
            if (outsider && player.live() && requotesPending.add(trade.token())) {
                try {
                    player.execute(() -> requote(trade.token()));
                } catch (RejectedExecutionException e) {
                    requotesPending.remove(trade.token()); // closing: nobody is left to quote
                }
            }
        });
    }

    /** Resolves the market; the simulated wallets claim their winnings a little after the result is known. */
    private void resolve(SimMarket m) {
        if (settlement.isResolved(m.market().conditionId())) return;
        makers.close(m);
        settlement.resolve(m);
        log.debug("resolved '{}': {} won", m.market().question(), m.winner().outcome());
        schedule.at(clock.now().plusSeconds(600 + random.nextInt(3 * 3600)), () -> settlement.redeemWorldWallets(m.market().conditionId()));
    }

    @Override public void resolveNow(SimMarket market) {
        if (player.live()) player.onThread(() -> { resolve(market); return null; });
        else resolve(market);
    }


    /** Plays the past, from the history's start up to the world's start, on the pinned clock; answers the steps run. */
    @Override public long runHistory() {
        Instant from = world.start().minus(scale.history());
        long days = Math.max(1, scale.history().toDays());
        long steps = 0;
        long nextReport = 1;
        Instant step = from;
        while (step.isBefore(world.start())) {
            step = step.plus(Duration.ofDays(1));
            Instant until = step.isBefore(world.start()) ? step : world.start().minusNanos(1);
            steps += player.runUntil(until);
            long done = Duration.between(from, until).toDays() + 1;
            if (days >= 10 && done * 10 / days >= nextReport) {
                log.info("sim history: day {} of {}, {} steps", Math.min(done, days), days, steps);
                nextReport = done * 10 / days + 1;
            }
        }
        return steps;
    }

    /** Plays every step due up to {@code time} on the caller's thread, each at its own instant (tests, history). */
    @Override public long advanceTo(Instant time) { return player.advanceTo(time); }


    /** Starts live play on the driver thread; the demo pulse too, if the scale has it. */
    @Override public void start() {
        Instant now = clock.now();
        if (scale.demoPulse()) {
            List<SimWallet> noise = world.wallets(WalletType.NOISE);
            timetable().every(now.plusSeconds(2 + random.nextInt(4)), () -> Duration.ofSeconds(2 + random.nextInt(5)),
                    () -> agents.noise(noise.get(random.nextInt(noise.size())), List.of(), true));
            timetable().every(now.plusSeconds(15 + random.nextInt(16)), () -> Duration.ofSeconds(50 + random.nextInt(21)), this::whaleTrade);
        }
        player.start();
    }



    private Agents.Timetable timetable() {
        return new Agents.Timetable() {
            @Override public void at(Instant time, Runnable step) { schedule.at(time, step); }

            @Override public void every(Instant first, Supplier<Duration> gap, Runnable step) {
                schedule.at(first, new Runnable() {
                    private Instant due = first;

                    @Override public void run() {
                        step.run();
                        due = due.plus(gap.get());
                        schedule.at(due, this);
                    }
                });
            }
        };
    }

    /** Has the informed whale trade now (on the driver thread) and returns its trade, if anything filled. */
    @Override public Optional<Trade> triggerWhaleTrade() { return player.onThread(this::whaleTrade); }

    /** A whale trade's size in dollars: $10,000-$25,000, matched or printed ({@link WhalePrints}). */
    static BigDecimal whaleNotional(Random random) {
        return WHALE_MIN_NOTIONAL.add(BigDecimal.valueOf(random.nextInt(WHALE_EXTRA_NOTIONAL + 1)));
    }

    /** The demo's whale: the first informed wallet buys the favoured outcome of an open market for $10,000-$25,000. */
    private Optional<Trade> whaleTrade() {
        SimWallet whale = world.wallets(WalletType.INFORMED).getFirst();
        List<SimMarket> open = agents.open().stream().filter(m -> !m.market().negRisk()).toList();
        if (open.isEmpty()) return Optional.empty();
        SimMarket market = open.get(random.nextInt(open.size()));
        OutcomeToken token = market.favoured();
        BigDecimal target = whaleNotional(random);
        Optional<Trade> trade = traders.buyUsd(whale, market, token.tokenId(), target, WHALE_DEPOSIT);
        if (trade.isPresent()) {
            makers.learnFromInformed(market);
            makers.quote(market);
            log.info("informed wallet {} bought {} shares of '{}' {} for ${}", whale.address(), trade.get().size(),
                    market.market().question(), token.outcome(), trade.get().notional().setScale(2, RoundingMode.HALF_UP));
        }
        return trade;
    }

    private void requote(TokenId token) {
        requotesPending.remove(token);
        world.marketOf(token).ifPresent(market -> makers.quote(market, token));
    }

    /** The "Yes" mid the makers quote around, while the market is open (tests). */
    public Optional<BigDecimal> yesMid(SimMarket market) { return Optional.ofNullable(makers.yesMid(market.market().conditionId())); }

    @Override public void close() { player.close(); }
}
