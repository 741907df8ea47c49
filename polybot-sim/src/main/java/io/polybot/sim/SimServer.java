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
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.rtds.RtdsHub;
import io.polybot.sim.tape.ActivityRows;
import io.polybot.sim.tape.TradeTape;
import io.polybot.sim.world.World;
import io.polybot.sim.world.WorldDriver;
import io.polybot.sim.world.WorldGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The simulated Polymarket on one loopback port: CLOB under {@code /clob}, RTDS at {@code /rtds},
 * Data API under {@code /data}, Gamma under {@code /gamma}, operator endpoints under {@code /sim}.
 * It impersonates Polygon mainnet (chain 137, the real V2 exchange addresses in signatures);
 * nothing goes on chain. Every route is declared here.
 */
public final class SimServer {
    private static final Logger log = LoggerFactory.getLogger(SimServer.class);
    public static final long CHAIN_ID = ExchangeDomain.POLYGON;
    private static final int TAPE_CAPACITY = 200_000;

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
        World world = WorldGenerator.generate(config.seed());
        // Trade ids and transaction hashes differ per run: a store from an earlier run must not dedupe new trades away.
        MatchingEngine engine = new MatchingEngine(clock, config.seed() + "-" + wall.now().toEpochMilli() + "-" + System.nanoTime());
        TradeTape tape = new TradeTape(TAPE_CAPACITY);
        ActivityRows rows = new ActivityRows(world);
        RtdsHub rtds = new RtdsHub(rows, clock);
        engine.addListener(tape);   // recorded before pushed: a client told by RTDS finds the trade in the Data API
        engine.addListener(rtds);
        WorldDriver driver = new WorldDriver(world, engine, config.speed());
        driver.open();

        ApiKeys keys = new ApiKeys();
        ClobPublicApi clob = new ClobPublicApi(world, engine, tape, wall);
        ClobAccountApi account = new ClobAccountApi(new ClobAuth(keys, wall, CHAIN_ID), keys,
                new OrderIntake(world, engine, CHAIN_ID), engine, tape, CHAIN_ID);
        DataApi data = new DataApi(tape, rows);
        GammaApi gamma = new GammaApi(world, engine);
        SimOpsApi ops = new SimOpsApi(world, engine, driver, rows);

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

            r.get("/data/trades", data::trades);

            r.get("/gamma/markets", gamma::markets);
            r.get("/gamma/markets/slug/{slug}", gamma::marketBySlug);
            r.get("/gamma/markets/{id}", gamma::marketById);
            r.get("/gamma/events", gamma::events);

            r.post("/sim/fund", ops::fund);
            r.get("/sim/truth", ops::truth);
            r.post("/sim/whale-trade", ops::whaleTrade);

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
            throw e;
        }
        SimUrls urls = SimUrls.of(config.host(), server.port());
        driver.start();
        System.out.println(urls.startupLine());
        return new SimHandle(server, urls, world, engine, driver, rtds);
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
