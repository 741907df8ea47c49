package io.polybot.sim.world;

import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.sim.funding.Funding;
import io.polybot.sim.matching.BookDepth;
import io.polybot.sim.matching.MatchingEngine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The behaviour of every wallet type, as recurring steps on the world's schedule. What a scorer can
 * tell them apart by (ARCHITECTURE §4):
 * <ul>
 *   <li>informed: buys only the outcome it believes underpriced, $2k-$20k, holds to resolution,
 *       few markets at a time, profitable at resolution, positive markout (the mid follows it);</li>
 *   <li>market maker: only ever a maker, on both sides of many markets (see {@link MarketMakers});</li>
 *   <li>bot: a taker at a fixed interval (jitter about 1.5%, an occasional missed beat), always the
 *       same share size, alternating buy and sell on one to three markets;</li>
 *   <li>noise: a taker at random times (exponential gaps), random sizes (log-normal), random sides;</li>
 *   <li>linked group: the owner's decision executed by every member within seconds, similar sizes,
 *       all funded from one address.</li>
 * </ul>
 */
final class Agents {
    /** Scheduling the agents need: one-off steps and steps that repeat after a drawn gap. */
    interface Timetable {
        void at(Instant time, Runnable step);

        void every(Instant first, Supplier<Duration> gap, Runnable step);
    }

    private static final BigDecimal INFORMED_DEPOSIT = new BigDecimal("250000");
    private static final BigDecimal BOT_DEPOSIT = new BigDecimal("5000");
    private static final BigDecimal GROUP_DEPOSIT = new BigDecimal("25000");
    private static final BigDecimal INFORMED_POSITION_CAP = new BigDecimal("40000");
    private static final double INFORMED_MIN_EDGE = 0.04;
    private static final List<BigDecimal> BOT_SIZES = List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("25"),
            new BigDecimal("50"), new BigDecimal("100"));
    private static final List<Integer> BOT_MINUTES = List.of(10, 15, 20, 30, 60);

    private final World world;
    private final WorldScale scale;
    private final MatchingEngine engine;
    private final Funding funding;
    private final Traders traders;
    private final MarketMakers makers;
    private final Random random;
    private final Supplier<Instant> now;
    /** Each informed wallet's fixed error in its estimate of each market ("wallet|condition id"). */
    private final java.util.Map<String, Double> estimateErrors = new java.util.HashMap<>();

    Agents(World world, WorldScale scale, MatchingEngine engine, Funding funding, Traders traders, MarketMakers makers, Random random,
           Supplier<Instant> now) {
        this.world = world;
        this.scale = scale;
        this.engine = engine;
        this.funding = funding;
        this.traders = traders;
        this.makers = makers;
        this.random = random;
        this.now = now;
    }

    /** Puts every wallet's first funding and recurring trading on the timetable, starting at {@code from}. */
    void schedule(Timetable timetable, Instant from) {
        java.util.Set<WalletAddress> linked = world.groups().stream().flatMap(g -> g.wallets().stream()).collect(java.util.stream.Collectors.toSet());
        for (SimWallet wallet : world.wallets()) {
            if (linked.contains(wallet.address())) continue;
            timetable.at(from.plusSeconds(wallet.type() == WalletType.MARKET_MAKER ? 0 : random.nextInt(6 * 3600)),
                    () -> funding.deposit(wallet.funder(), wallet.address(), firstDeposit(wallet.type())));
            switch (wallet.type()) {
                case INFORMED -> {
                    Duration mean = scaled(scale.informedEvery(), 0.6, 1.4);
                    List<String> specialities = categories(2 + random.nextInt(2));
                    timetable.every(from.plus(exponential(mean)), () -> exponential(mean), () -> informed(wallet, specialities));
                }
                case NOISE -> {
                    Duration mean = scaled(scale.noiseEvery(), 0.5, 1.5);
                    List<String> favourites = categories(1 + random.nextInt(2));
                    timetable.every(from.plus(exponential(mean)), () -> exponential(mean), () -> noise(wallet, favourites, false));
                }
                case BOT -> {
                    Duration interval = Duration.ofMinutes(BOT_MINUTES.get(random.nextInt(BOT_MINUTES.size())));
                    BigDecimal size = BOT_SIZES.get(random.nextInt(BOT_SIZES.size()));
                    List<SimMarket> markets = new ArrayList<>();
                    int count = 1 + random.nextInt(3);
                    timetable.every(from.plusSeconds(random.nextInt(3600)), () -> jittered(interval), () -> bot(wallet, markets, count, size));
                }
                case MARKET_MAKER -> { }
            }
        }
        for (LinkedGroup group : world.groups()) {
            Instant funded = from.plusSeconds(random.nextInt(6 * 3600));
            for (WalletAddress member : group.wallets()) {
                funded = funded.plusSeconds(30 + random.nextInt(300));
                timetable.at(funded, () -> funding.deposit(group.funder(), member, GROUP_DEPOSIT));
            }
            Duration mean = scaled(Duration.ofHours(10), 0.7, 1.3);
            timetable.every(from.plus(Duration.ofHours(6)).plus(exponential(mean)), () -> exponential(mean), () -> linked(timetable, group));
        }
        for (SimMarket market : world.markets()) {
            timetable.every(from.plusSeconds(random.nextInt(3 * 3600)), () -> Duration.ofMinutes(180 + random.nextInt(180)), () -> {
                if (!makers.quoting(market)) return;
                makers.news(market, random.nextDouble() < 0.6);
                makers.quote(market);
            });
        }
    }

    /**
     * Buys the outcome it believes underpriced (its estimate is the truth plus a little error), and holds it.
     * The error is the wallet's own view of that market, drawn once: redrawn at every look, a wallet would
     * keep buying both sides of a market whose price has reached the truth, on nothing but fresh noise.
     */
    void informed(SimWallet wallet, List<String> specialities) {
        record Pick(SimMarket market, OutcomeToken token) {}
        List<Pick> candidates = new ArrayList<>();
        for (SimMarket market : open()) {
            if (!specialities.contains(market.market().category())) continue;
            double error = estimateErrors.computeIfAbsent(wallet.address().value() + "|" + market.market().conditionId().value(),
                    key -> random.nextGaussian() * 0.04);
            double estimate = market.trueProbability().doubleValue() + error;
            OutcomeToken token = estimate >= 0.5 ? market.yes() : market.no();
            double belief = token.equals(market.yes()) ? estimate : 1 - estimate;
            Optional<BigDecimal> ask = engine.book(token.tokenId()).flatMap(BookDepth::bestAsk);
            if (ask.isEmpty() || belief - ask.get().doubleValue() < INFORMED_MIN_EDGE) continue;
            if (traders.held(wallet, token.tokenId()).multiply(ask.get()).compareTo(INFORMED_POSITION_CAP) >= 0) continue;
            candidates.add(new Pick(market, token));
        }
        if (candidates.isEmpty()) return;
        Pick pick = candidates.get(random.nextInt(candidates.size()));
        BigDecimal usd = BigDecimal.valueOf(2000 + random.nextInt(18_001));
        if (traders.buyUsd(wallet, pick.market(), pick.token().tokenId(), usd, INFORMED_DEPOSIT).isPresent()) {
            makers.learnFromInformed(pick.market());
            makers.quote(pick.market());
        }
    }

    /** A random trade: sells part of a holding now and then, otherwise buys a random outcome for a log-normal amount. */
    void noise(SimWallet wallet, List<String> favourites, boolean small) {
        List<SimMarket> open = open();
        if (open.isEmpty()) return;
        List<SimMarket> preferred = open.stream().filter(m -> favourites.contains(m.market().category())).toList();
        List<SimMarket> pool = !preferred.isEmpty() && random.nextDouble() < 0.75 ? preferred : open;
        SimMarket market = pool.get(random.nextInt(pool.size()));
        OutcomeToken token = random.nextBoolean() ? market.yes() : market.no();
        boolean pushesYesUp;
        BigDecimal held = traders.held(wallet, token.tokenId());
        if (held.compareTo(market.market().minOrderSize()) >= 0 && random.nextDouble() < 0.4) {
            BigDecimal part = held.multiply(BigDecimal.valueOf(50 + random.nextInt(51), 2));
            if (traders.sell(wallet, market, token.tokenId(), part).isEmpty()) return;
            pushesYesUp = !token.equals(market.yes());
        } else {
            double usd = small ? 5 + random.nextInt(46) : Math.min(3000, Math.max(3, Math.exp(Math.log(40) + 1.1 * random.nextGaussian())));
            BigDecimal deposit = BigDecimal.valueOf(1000 + random.nextInt(4001));
            if (traders.buyUsd(wallet, market, token.tokenId(), BigDecimal.valueOf(usd).setScale(2, RoundingMode.HALF_UP), deposit).isEmpty()) return;
            pushesYesUp = token.equals(market.yes());
        }
        if (random.nextInt(4) == 0) {
            makers.drift(market, pushesYesUp ? 1 : -1);
            makers.quote(market);
        }
    }

    /** One beat: the next of its markets in turn; sells its fixed size if it holds it, else buys it. */
    private void bot(SimWallet wallet, List<SimMarket> markets, int count, BigDecimal size) {
        if (random.nextInt(25) == 0) return;   // a missed beat (a restart, a timeout)
        markets.removeIf(m -> !makers.quoting(m));
        List<SimMarket> open = open();
        while (markets.size() < count && markets.size() < open.size()) {
            SimMarket candidate = open.get(random.nextInt(open.size()));
            if (!markets.contains(candidate)) markets.add(candidate);
        }
        if (markets.isEmpty()) return;
        SimMarket market = markets.removeFirst();
        markets.addLast(market);
        TokenId token = market.yes().tokenId();
        if (traders.held(wallet, token).compareTo(size) >= 0) traders.sell(wallet, market, token, size);
        else traders.buyAtTouch(wallet, market, token, size, BOT_DEPOSIT);
    }

    /** The owner decides once; every member executes within seconds, with similar sizes. */
    private void linked(Timetable timetable, LinkedGroup group) {
        List<SimMarket> open = open();
        if (open.isEmpty()) return;
        SimMarket market = open.get(random.nextInt(open.size()));
        OutcomeToken token;
        double base;
        if (group.behaviour() == WalletType.INFORMED) {
            token = market.favoured();
            Optional<BigDecimal> ask = engine.book(token.tokenId()).flatMap(BookDepth::bestAsk);
            if (ask.isEmpty() || market.trueProbability(token).doubleValue() - ask.get().doubleValue() < INFORMED_MIN_EDGE) return;
            base = 1000 + random.nextInt(4001);
        } else {
            token = random.nextBoolean() ? market.yes() : market.no();
            base = 30 + random.nextInt(371);
        }
        Instant decided = now.get();
        for (WalletAddress member : group.wallets()) {
            SimWallet wallet = world.wallet(member).orElseThrow();
            BigDecimal usd = BigDecimal.valueOf(base * (0.85 + 0.3 * random.nextDouble())).setScale(2, RoundingMode.HALF_UP);
            timetable.at(decided.plusMillis(random.nextInt(6000)), () -> {
                if (!makers.quoting(market)) return;
                if (traders.buyUsd(wallet, market, token.tokenId(), usd, GROUP_DEPOSIT).isPresent() && group.behaviour() == WalletType.INFORMED)
                    makers.learnFromInformed(market);
            });
        }
    }

    /** Markets the makers quote now: opened and not resolved. */
    List<SimMarket> open() { return world.markets().stream().filter(makers::quoting).toList(); }

    private List<String> categories(int count) {
        List<String> all = new ArrayList<>(world.markets().stream().map(m -> m.market().category()).distinct().toList());
        List<String> out = new ArrayList<>();
        while (out.size() < count && !all.isEmpty()) out.add(all.remove(random.nextInt(all.size())));
        return out;
    }

    private static BigDecimal firstDeposit(WalletType type) {
        return switch (type) {
            case INFORMED -> INFORMED_DEPOSIT;
            case MARKET_MAKER -> MarketMakers.DEPOSIT;
            case BOT -> BOT_DEPOSIT;
            case NOISE -> new BigDecimal("2000");
        };
    }

    private Duration scaled(Duration mean, double low, double high) {
        return Duration.ofMillis((long) (mean.toMillis() * (low + (high - low) * random.nextDouble())));
    }

    private Duration exponential(Duration mean) {
        return Duration.ofMillis(Math.max(1000, (long) (-Math.log(1 - random.nextDouble()) * mean.toMillis())));
    }

    private Duration jittered(Duration interval) {
        return Duration.ofMillis((long) (interval.toMillis() * (1 + 0.03 * (random.nextDouble() - 0.5))));
    }
}
