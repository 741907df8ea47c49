package io.polybot.sim;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson3;
import io.polybot.core.json.Json;
import io.polybot.core.time.AcceleratedClock;
import io.polybot.core.time.Clock;
import io.polybot.polymarket.order.ExchangeDomain;
import io.polybot.sim.clob.ApiKeys;
import io.polybot.sim.clob.ClobAccountApi;
import io.polybot.sim.clob.ClobAuth;
import io.polybot.sim.clob.ClobPublicApi;
import io.polybot.sim.clob.OrderIntake;
import io.polybot.sim.data.DataApi;
import io.polybot.sim.gamma.GammaApi;
import io.polybot.sim.http.ApiError;
import io.polybot.sim.clob.ApiKeyOwner;
import io.polybot.sim.clob.Heartbeats;
import io.polybot.sim.matching.FeeSchedule;
import io.polybot.sim.matching.MarketTerms;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.TradeListener;
import io.polybot.sim.ws.MarketChannel;
import io.polybot.sim.ws.UserChannel;
import io.polybot.sim.rtds.RtdsHub;
import io.polybot.sim.tape.ActivityRows;
import io.polybot.sim.tape.TradeTape;
import io.polybot.sim.world.World;
import io.polybot.sim.world.WhalePrints;
import io.polybot.sim.world.WorldDriver;
import io.polybot.sim.world.WorldClock;
import io.polybot.sim.world.SimDriver;
import io.polybot.sim.funding.Funding;
import io.polybot.sim.resolution.Settlement;
import io.polybot.sim.replay.Replay;
import io.polybot.sim.replay.ReplayDriver;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import io.polybot.sim.world.WorldGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The simulated Polymarket on one loopback port: CLOB under {@code /clob}, RTDS at {@code /rtds},
 * Data API under {@code /data}, Gamma under {@code /gamma}, operator endpoints under {@code /sim}.
 * It impersonates Polygon mainnet (chain 137, the real V2 exchange addresses in signatures);
 * nothing goes on chain. Every route is declared here.
 */
public final class SimServer {
    private static final Logger log = LoggerFactory.getLogger(SimServer.class);
    public static final long CHAIN_ID = ExchangeDomain.POLYGON;
    private static final int TAPE_CAPACITY = 1_000_000;
    /** How often GTD expiry and the heartbeat dead-man are checked (wall-clock milliseconds). */
    private static final long HOUSEKEEPING_PERIOD_MS = 1_000;
    /**
     * Taker fee of every world market, the shape of the venue's example ({@code fd: {r: 0.02, e: 2, to: true}}):
     * 0.125% of notional at p = 0.5, vanishing towards 0 and 1.
     */
    public static final FeeSchedule WORLD_FEES = new FeeSchedule(new BigDecimal("0.02"), 2, true);

    private SimServer() {}

    /** Starts the sim on its own accelerated clock (speed from the config). */
    public static SimHandle start(SimConfig config) {
        return start(config, new AcceleratedClock(Clock.system(), config.speed()));
    }

    /**
     * Starts the sim on {@code clock}, e.g. the clock the rest of the demo runs on; it should run at
     * {@code config.speed()}, which paces the world's activity.
     */
    public static SimHandle start(SimConfig config, Clock clock) {
        Clock wall = Clock.system();
        // The engine runs on the world's clock: pinned to each step's instant while the history is generated.
        WorldClock worldClock = new WorldClock(clock);
        Optional<Replay> replay = config.replay().map(Replay::load);
        Instant start = clock.now().truncatedTo(ChronoUnit.SECONDS);
        World world = replay.map(r -> r.world(config.seed(), start)).orElseGet(() -> WorldGenerator.generate(config.seed(), config.scale(), start));
        // Trade ids and transaction hashes differ per run: a store from an earlier run must not dedupe new trades away.
        String salt = config.seed() + "-" + wall.now().toEpochMilli() + "-" + System.nanoTime();
        MatchingEngine engine = new MatchingEngine(worldClock, salt);
        world.markets().forEach(m -> engine.setTerms(m.market().conditionId(), MarketTerms.DEFAULT.withFees(WORLD_FEES)));
        TradeTape tape = new TradeTape(TAPE_CAPACITY);
        ActivityRows rows = new ActivityRows(world);
        RtdsHub rtds = new RtdsHub(rows, clock);
        engine.addListener(tape);   // recorded before pushed: a client told by RTDS finds the trade in the Data API
        Funding funding = new Funding(engine, worldClock, salt);
        Settlement settlement = new Settlement(world, engine, worldClock, salt);
        // Trades made outside the engine (replayed, printed) reach the tape and RTDS in the engine's order.
        TradeListener unmatched = t -> {
            tape.onTrade(t);
            rtds.onTrade(t);
        };
        SimDriver driver = replay.<SimDriver>map(r -> new ReplayDriver(r, world, engine, worldClock, settlement, unmatched, config.speed()))
                .orElseGet(() -> new WorldDriver(world, config.scale(), engine, worldClock, funding, settlement, config.speed()));
        driver.open();
        long steps = driver.runHistory();
        log.info("sim world ready: {} markets, {} wallets, {} past steps, {} trades", world.markets().size(), world.wallets().size(), steps, tape.size());
        engine.addListener(rtds);   // after the history: nobody was listening to the past

        ApiKeys keys = new ApiKeys();
        MarketChannel marketChannel = new MarketChannel(engine, token -> world.marketOf(token).map(m -> m.market().negRisk()).orElse(false));
        UserChannel userChannel = new UserChannel(keys, clock);
        engine.addEngineListener(userChannel);
        engine.addEngineListener(marketChannel);
        engine.addListener((TradeListener) userChannel);
        engine.addListener((TradeListener) marketChannel);
        // Heartbeats are timed on the wall clock, like the clients that send them.
        Heartbeats heartbeats = new Heartbeats(config.heartbeatTimeout(), wall,
                address -> engine.cancelAllOwned(keys.keysOf(address).stream().map(ApiKeyOwner::apiKey).toList()));
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("sim-housekeeping").unstarted(r));
        housekeeping.scheduleWithFixedDelay(() -> {
            try {
                engine.expireDue();
                heartbeats.sweep();
            } catch (RuntimeException e) {
                log.error("sim housekeeping failed", e);
            }
        }, HOUSEKEEPING_PERIOD_MS, HOUSEKEEPING_PERIOD_MS, TimeUnit.MILLISECONDS);
        ClobPublicApi clob = new ClobPublicApi(world, engine, tape, settlement, wall);
        ClobAccountApi account = new ClobAccountApi(new ClobAuth(keys, wall, CHAIN_ID), keys,
                new OrderIntake(world, engine, CHAIN_ID), engine, tape, CHAIN_ID, heartbeats);
        DataApi data = new DataApi(tape, rows, world, engine, settlement, funding);
        GammaApi gamma = new GammaApi(world, engine, settlement);
        SimOpsApi ops = new SimOpsApi(world, engine, driver, rows, settlement, funding);

        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.concurrency.useVirtualThreads = true;
            cfg.jsonMapper(new JavalinJackson3(Json.mapper(), false));
            var r = cfg.routes;

            r.get("/clob/time", clob::time);
            r.get("/clob/ok", clob::ok);
            r.get("/clob/version", clob::version);
            r.get("/clob/book", clob::book);
            r.get("/clob/books", clob::booksGet);
            r.post("/clob/books", clob::booksPost);
            r.get("/clob/tick-size", clob::tickSize);
            r.get("/clob/tick-size/{token_id}", clob::tickSize);
            r.get("/clob/neg-risk", clob::negRisk);
            r.get("/clob/neg-risk/{token_id}", clob::negRisk);
            r.get("/clob/fee-rate", clob::feeRate);
            r.get("/clob/fee-rate/{token_id}", clob::feeRate);
            r.get("/clob/price", clob::price);
            r.get("/clob/midpoint", clob::midpoint);
            r.get("/clob/spread", clob::spread);
            r.get("/clob/last-trade-price", clob::lastTradePrice);
            r.get("/clob/markets", clob::markets);
            r.get("/clob/markets/{condition_id}", clob::marketById);
            r.get("/clob/clob-markets/{condition_id}", clob::clobMarket);
            r.get("/clob/markets-by-token/{token_id}", clob::marketsByToken);

            r.post("/clob/auth/api-key", account::createApiKey);
            r.get("/clob/auth/derive-api-key", account::deriveApiKey);
            r.get("/clob/auth/api-keys", account::apiKeys);
            r.post("/clob/order", account::postOrder);
            r.post("/clob/orders", account::postOrders);
            r.delete("/clob/order", account::cancelOrder);
            r.delete("/clob/orders", account::cancelOrders);
            r.delete("/clob/cancel-all", account::cancelAll);
            r.delete("/clob/cancel-market-orders", account::cancelMarketOrders);
            r.get("/clob/data/orders", account::openOrders);
            r.get("/clob/data/order/{order_id}", account::order);
            r.get("/clob/data/trades", account::trades);
            r.get("/clob/balance-allowance", account::balanceAllowance);
            r.get("/clob/balance-allowance/update", account::balanceAllowance);
            r.post("/clob/v1/heartbeats", account::heartbeat);

            r.ws("/rtds", rtds::configure);
            r.ws("/ws/market", marketChannel::configure);
            r.ws("/ws/user", userChannel::configure);

            r.get("/data/trades", data::trades);
            r.get("/data/activity", data::activity);
            r.get("/data/positions", data::positions);
            r.get("/data/closed-positions", data::closedPositions);

            r.get("/gamma/markets", gamma::markets);
            r.get("/gamma/markets/slug/{slug}", gamma::marketBySlug);
            r.get("/gamma/markets/{id}", gamma::marketById);
            r.get("/gamma/events", gamma::events);

            r.post("/sim/fund", ops::fund);
            r.get("/sim/truth", ops::truth);
            r.post("/sim/whale-trade", ops::whaleTrade);
            r.get("/sim/funding", ops::funding);
            r.post("/sim/redeem", ops::redeem);
            r.post("/sim/resolve", ops::resolve);

            r.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(Map.of("error", e.getMessage())));
            r.exception(JacksonException.class, (e, ctx) -> ctx.status(400).json(Map.of("error", "Invalid payload")));
            r.exception(Exception.class, (e, ctx) -> {
                log.error("sim request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(Map.of("error", "internal error"));
            });
        });
        try {
            server.start(config.host(), config.port());
        } catch (RuntimeException e) {
            driver.close();
            rtds.close();
            housekeeping.shutdownNow();
            marketChannel.close();
            userChannel.close();
            throw e;
        }
        SimUrls urls = SimUrls.of(config.host(), server.port());
        driver.start();
        System.out.println(urls.startupLine());
        WhalePrints prints = new WhalePrints(world, engine, unmatched, worldClock, salt, config.seed());
        return new SimHandle(server, urls, world, engine, driver, rtds, prints,
                List.of(housekeeping::shutdownNow, marketChannel, userChannel));
    }

    /** {@code SimServer [--host H] [--port P] [--seed S] [--speed X]}: runs until killed. */
    public static void main(String[] args) throws InterruptedException {
        String host = SimConfig.LOOPBACK;
        int port = 0;
        long seed = 42;
        double speed = 1.0;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--host" -> host = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                case "--speed" -> speed = Double.parseDouble(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SimHandle sim = start(new SimConfig(host, port, seed, speed));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }));
        stopped.await();
    }
}
