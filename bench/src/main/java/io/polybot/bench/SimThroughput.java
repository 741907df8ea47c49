package io.polybot.bench;

import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.order.TimeInForce;
import io.polybot.core.time.Clock;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.clob.ClobClient;
import io.polybot.polymarket.order.MarketOrderArgs;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.PostOrderBody;
import io.polybot.polymarket.order.PrivateKeySigner;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OrderRequest;
import io.polybot.sim.matching.PlaceResult;
import io.polybot.sim.matching.TokenRules;
import io.polybot.sim.world.SimMarket;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the simulated venue (issue 4 item 7: >= 5,000 matched orders/s, >= 10,000 RTDS
 * trades/s on a 2-core machine). Prints one line per figure:
 *
 * <ol>
 *   <li>matched orders/s through the bare engine (a resting ask, then a FOK buy that fills it);</li>
 *   <li>the same through the running sim's engine, with tape, RTDS and WebSocket listeners attached;</li>
 *   <li>matched orders/s through HTTP: pre-signed FOK orders posted with L2 auth by concurrent clients;</li>
 *   <li>RTDS trades/s pushed to one connected, subscribed WebSocket client.</li>
 * </ol>
 *
 * Run: {@code ./polybot mvn -q -pl bench exec:java -Dexec.mainClass=io.polybot.bench.SimThroughput}, or
 * {@code java -cp bench/target/benchmarks.jar io.polybot.bench.SimThroughput [engineOrders] [httpOrders] [rtdsTrades]}.
 */
public final class SimThroughput {
    private static final BigDecimal PRICE = new BigDecimal("0.50");
    private static final BigDecimal SIZE = new BigDecimal("10");
    private static final WalletAddress MAKER = new WalletAddress("0x" + "1".repeat(40));
    private static final WalletAddress TAKER = new WalletAddress("0x" + "2".repeat(40));
    private static final int HTTP_CONCURRENCY = 16;

    private SimThroughput() {}

    public static void main(String[] args) throws Exception {
        int engineOrders = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int httpOrders = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int rtdsTrades = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        System.out.printf("cores: %d%n", Runtime.getRuntime().availableProcessors());

        MatchingEngine bare = new MatchingEngine(Clock.system(), "bench");
        TokenRules rules = new TokenRules(new TokenId("1"), new io.polybot.core.market.ConditionId("0x" + "ab".repeat(32)), "Yes", 0,
                new BigDecimal("0.01"), BigDecimal.ONE);
        bare.list(rules);
        matchLoop(bare, rules.token(), engineOrders / 4, "warm-up");
        report("engine (bare)", matchLoop(bare, rules.token(), engineOrders, "bare"), engineOrders);

        // The world all but frozen (speed 1e-4), its opening quotes in the bench market cancelled (both outcomes: the NO book matches too): only our orders trade.
        try (SimHandle sim = SimServer.start(new SimConfig(SimConfig.LOOPBACK, 0, 42, 1e-4))) {
            SimMarket market = sim.world().markets().getFirst();
            TokenId token = market.yes().tokenId();
            sim.world().wallets().forEach(w -> sim.engine().cancelMarket(w.address(), market.market().conditionId(), null));
            matchLoop(sim.engine(), token, engineOrders / 4, "sim-warm-up");
            report("engine (running sim, all listeners)", matchLoop(sim.engine(), token, engineOrders, "sim"), engineOrders);
            report("HTTP POST /order (pre-signed FOK, " + HTTP_CONCURRENCY + " clients)", http(sim, token, httpOrders), httpOrders);
            rtds(sim, token, rtdsTrades);
        }
    }

    /** Rests an ask and fills it with a FOK buy, {@code n} times; returns elapsed nanoseconds. */
    private static long matchLoop(MatchingEngine engine, TokenId token, int n, String tag) {
        BigDecimal notional = PRICE.multiply(SIZE).multiply(BigDecimal.valueOf(n)).multiply(BigDecimal.TWO);
        engine.creditPusd(TAKER, notional);
        engine.creditShares(MAKER, token, SIZE.multiply(BigDecimal.valueOf(n)));
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            engine.place(new OrderRequest(tag + "-m-" + i, MAKER, "", token, Side.SELL, PRICE, SIZE, TimeInForce.GTC));
            PlaceResult r = engine.place(new OrderRequest(tag + "-t-" + i, TAKER, "", token, Side.BUY, PRICE, SIZE, TimeInForce.FOK));
            if (!(r instanceof PlaceResult.Accepted a) || !a.matched()) throw new IllegalStateException("not matched: " + r);
        }
        return System.nanoTime() - start;
    }

    private static long http(SimHandle sim, TokenId token, int n) throws Exception {
        PrivateKeySigner signer = PrivateKeySigner.fromHex("11" + "ab".repeat(31));
        ApiCredentials creds = new ClobClient(sim.baseUrls().clob(), signer, null, SimServer.CHAIN_ID).createOrDeriveApiKey(0);
        WalletAddress taker = new WalletAddress(signer.address());
        sim.engine().creditPusd(taker, new BigDecimal("1000000"));
        sim.engine().creditShares(MAKER, token, SIZE.multiply(BigDecimal.valueOf(n)));
        // One deep resting ask below the world's quotes' reach is not guaranteed, so each order gets its own.
        OrderBuilder builder = new OrderBuilder(signer, SimServer.CHAIN_ID);
        boolean negRisk = sim.world().marketOf(token).orElseThrow().market().negRisk();
        List<String> bodies = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            // Spend $5 at a worst price of 0.99: fills against one of the 0.01 asks rested below.
            var order = builder.buildMarket(MarketOrderArgs.of(token.value(), new BigDecimal("0.99"), new BigDecimal("5"), OrderSide.BUY,
                    new BigDecimal("0.01")).withNegRisk(negRisk));
            bodies.add(PostOrderBody.toJson(order, creds.apiKey(), OrderType.FOK, false, false));
        }
        for (int i = 0; i < n; i++)
            sim.engine().place(new OrderRequest("http-m-" + i, MAKER, "", token, Side.SELL, new BigDecimal("0.01"), SIZE, TimeInForce.GTC));
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        URI uri = URI.create(sim.baseUrls().clob() + "/order");
        Semaphore inFlight = new Semaphore(HTTP_CONCURRENCY);
        AtomicInteger matched = new AtomicInteger();
        List<CompletableFuture<?>> all = new ArrayList<>(n);
        long start = System.nanoTime();
        for (String body : bodies) {
            inFlight.acquire();
            Map<String, String> headers = HmacAuth.l2Headers(signer.address(), creds, Long.toString(System.currentTimeMillis() / 1000),
                    "POST", "/order", body);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(request::header);
            all.add(http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                inFlight.release();
                if (e == null && r.statusCode() == 200 && r.body().contains("\"matched\"")) matched.incrementAndGet();
            }));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
        long elapsed = System.nanoTime() - start;
        if (matched.get() != n) System.out.printf("  (only %d of %d HTTP orders matched)%n", matched.get(), n);
        return elapsed;
    }

    private static void rtds(SimHandle sim, TokenId token, int n) throws Exception {
        CountDownLatch received = new CountDownLatch(n);
        String marker = "\"asset\":\"" + token.value() + "\"";
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    if (partial.indexOf("\"trades\"") >= 0 && partial.indexOf(marker) >= 0) received.countDown();
                    partial.setLength(0);
                }
                ws.request(1);
                return null;
            }
        };
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(sim.baseUrls().rtds(), listener).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"action\":\"subscribe\",\"subscriptions\":[{\"topic\":\"activity\",\"type\":\"trades\"}]}", true).join();
        // The subscription is registered once a first trade comes through.
        CountDownLatch first = new CountDownLatch(1);
        while (first.getCount() > 0 && received.getCount() == n) {
            matchLoop(sim.engine(), token, 1, "rtds-probe-" + System.nanoTime());
            if (received.getCount() < n) first.countDown();
            else Thread.sleep(10); // a benchmark, not a test: waiting for the subscribe frame to land
        }
        long alreadySeen = n - received.getCount();
        long start = System.nanoTime();
        matchLoop(sim.engine(), token, n, "rtds");
        if (!received.await(120, TimeUnit.SECONDS)) System.out.printf("  (RTDS: only %d of %d trades arrived)%n", n - received.getCount(), n);
        long elapsed = System.nanoTime() - start;
        report("RTDS trades pushed to a subscribed client", elapsed, (int) (n - alreadySeen));
        socket.abort();
    }

    private static void report(String what, long nanos, int count) {
        double perSecond = count / (nanos / 1e9);
        System.out.printf("%-55s %,10.0f /s  (%,d in %,d ms)%n", what, perSecond, count, TimeUnit.NANOSECONDS.toMillis(nanos));
    }
}
