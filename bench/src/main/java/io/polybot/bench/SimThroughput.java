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
import io.polybot.polymarket.order.OrderSigner;
import io.polybot.polymarket.order.OrderSigners;
import io.polybot.polymarket.crypto.NativeRecovery;
import io.polybot.sim.SimConfig;
import io.polybot.sim.SimHandle;
import io.polybot.sim.SimServer;
import io.polybot.sim.matching.MatchingEngine;
import io.polybot.sim.matching.OrderRequest;
import io.polybot.sim.matching.PlaceResult;
import io.polybot.sim.matching.TokenRules;

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
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Throughput of the simulated venue (issue 4 item 7: >= 5,000 matched orders/s, >= 10,000 RTDS
 * trades/s on a 2-core machine). Client and server share this JVM and its cores. Prints one line per figure:
 *
 * <ol>
 *   <li>matched orders/s through the bare engine (a resting ask, then a FOK buy that fills it);</li>
 *   <li>the same through the running sim's engine, with tape, RTDS and WebSocket listeners attached;</li>
 *   <li>matched orders/s through {@code POST /order}: EIP-712-signed FOK market buys, each with its own
 *       L2 HMAC headers, from concurrent keep-alive HTTP/1.1 connections (counted from the responses);</li>
 *   <li>RTDS trades/s received by one subscribed WebSocket client (frames it actually parsed for the
 *       bench token; the producer keeps at most a window of trades ahead of the client), then by each of 8 clients.</li>
 * </ol>
 *
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp bench/target/benchmarks.jar io.polybot.bench.SimThroughput
 * [engineOrders] [httpOrders] [rtdsTrades]}; print {@code uptime} alongside (the figures assume an idle machine).
 */
public final class SimThroughput {
    private static final BigDecimal PRICE = new BigDecimal("0.50");
    private static final BigDecimal SIZE = new BigDecimal("10");
    private static final WalletAddress MAKER = new WalletAddress("0x" + "1".repeat(40));
    private static final WalletAddress TAKER = new WalletAddress("0x" + "2".repeat(40));
    private static final int HTTP_CONCURRENCY = 16;
    /** Trades the RTDS producer may run ahead of what the client has received (the hub drops a client 20,000 behind). */
    private static final int RTDS_WINDOW = 5_000;
    private static final int RTDS_FAN_OUT = 8;

    private SimThroughput() {}

    public static void main(String[] args) throws Exception {
        int engineOrders = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int httpOrders = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int rtdsTrades = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        System.out.printf("cores: %d, native secp256k1 recovery: %s%n", Runtime.getRuntime().availableProcessors(), NativeRecovery.isNative());

        MatchingEngine bare = new MatchingEngine(Clock.system(), "bench");
        TokenRules rules = new TokenRules(new TokenId("1"), new io.polybot.core.market.ConditionId("0x" + "ab".repeat(32)), "Yes", 0,
                new BigDecimal("0.01"), BigDecimal.ONE);
        bare.list(rules);
        matchLoop(bare, rules.token(), engineOrders / 4, "warm-up");
        report("engine (bare) matched orders", matchLoop(bare, rules.token(), engineOrders, "bare"), engineOrders);

        // The world all but frozen (speed 1e-4). The bench trades its own token, listed on the running engine: the world's
        // market makers keep re-quoting its markets, and their cheaper asks would take our FOK buys and leave our asks piling up.
        try (SimHandle sim = SimServer.start(new SimConfig(SimConfig.LOOPBACK, 0, 42, 1e-4))) {
            TokenId token = new TokenId("7".repeat(40));
            sim.engine().list(new TokenRules(token, new io.polybot.core.market.ConditionId("0x" + "cd".repeat(32)), "Yes", 0,
                    new BigDecimal("0.01"), BigDecimal.ONE));
            matchLoop(sim.engine(), token, engineOrders / 4, "sim-warm-up");
            report("engine (running sim, all listeners) matched orders", matchLoop(sim.engine(), token, engineOrders, "sim"), engineOrders);
            HttpOrders orders = new HttpOrders(sim, token);
            orders.run(Math.max(1_000, httpOrders / 5), "warm-up");
            orders.run(httpOrders, "HTTP POST /order matched orders (" + HTTP_CONCURRENCY + " keep-alive connections)");
            rtds(sim, token, rtdsTrades / 5, 1, null);
            rtds(sim, token, rtdsTrades, 1, "RTDS trades received by a subscribed client");
            rtds(sim, token, rtdsTrades / 2, RTDS_FAN_OUT, "RTDS trades received by each of " + RTDS_FAN_OUT + " subscribed clients");
        }
    }

    /** Rests an ask and fills it with a FOK buy, {@code n} times; returns elapsed nanoseconds. */
    private static long matchLoop(MatchingEngine engine, TokenId token, int n, String tag) {
        fund(engine, token, n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) matchOnce(engine, token, tag + "-" + i);
        return System.nanoTime() - start;
    }

    private static void fund(MatchingEngine engine, TokenId token, int n) {
        engine.creditPusd(TAKER, PRICE.multiply(SIZE).multiply(BigDecimal.valueOf(n)).multiply(BigDecimal.TWO));
        engine.creditShares(MAKER, token, SIZE.multiply(BigDecimal.valueOf(n)));
    }

    private static void matchOnce(MatchingEngine engine, TokenId token, String id) {
        engine.place(new OrderRequest(id + "-m", MAKER, "", token, Side.SELL, PRICE, SIZE, TimeInForce.GTC));
        PlaceResult r = engine.place(new OrderRequest(id + "-t", TAKER, "", token, Side.BUY, PRICE, SIZE, TimeInForce.FOK));
        if (!(r instanceof PlaceResult.Accepted a) || !a.matched()) throw new IllegalStateException("not matched: " + r);
    }

    /** Real client traffic: signed FOK market buys posted with L2 auth against a resting ask deep enough for all of them. */
    private static final class HttpOrders {
        /** Each order spends $5 at a worst price of 0.99 against asks at 0.01: 500 shares, well inside one level. */
        private static final BigDecimal SPEND = new BigDecimal("5");
        private static final BigDecimal ASK = new BigDecimal("0.01");
        private static final BigDecimal ASK_SIZE = new BigDecimal("100000");

        private final SimHandle sim;
        private final TokenId token;
        private final OrderSigner signer = OrderSigners.fromHex("11" + "ab".repeat(31));
        private final ApiCredentials creds;
        private final boolean negRisk;
        private int asks;

        HttpOrders(SimHandle sim, TokenId token) {
            this.sim = sim;
            this.token = token;
            this.creds = new ClobClient(sim.baseUrls().clob(), signer, null, SimServer.CHAIN_ID).createOrDeriveApiKey(0);
            this.negRisk = sim.world().marketOf(token).map(m -> m.market().negRisk()).orElse(false);
            sim.engine().creditPusd(new WalletAddress(signer.address()), new BigDecimal("100000000"));
        }

        void run(int n, String label) throws Exception {
            OrderBuilder builder = new OrderBuilder(signer, SimServer.CHAIN_ID);
            List<String> bodies = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                var order = builder.buildMarket(MarketOrderArgs.of(token.value(), new BigDecimal("0.99"), SPEND, OrderSide.BUY, ASK).withNegRisk(negRisk));
                bodies.add(PostOrderBody.toJson(order, creds.apiKey(), OrderType.FOK, false, false));
            }
            // A few big asks rather than one per order: the FOK depth check walks the resting orders of the crossed levels.
            BigDecimal shares = SPEND.divide(ASK).multiply(BigDecimal.valueOf(n));
            for (BigDecimal rested = BigDecimal.ZERO; rested.compareTo(shares) <= 0; rested = rested.add(ASK_SIZE)) {
                sim.engine().creditShares(MAKER, token, ASK_SIZE);
                sim.engine().place(new OrderRequest("http-ask-" + asks++, MAKER, "", token, Side.SELL, ASK, ASK_SIZE, TimeInForce.GTC));
            }
            AtomicInteger next = new AtomicInteger();
            AtomicInteger matched = new AtomicInteger();
            AtomicReference<String> firstFailure = new AtomicReference<>();
            URI base = sim.baseUrls().clob();
            List<KeepAliveHttp> connections = new ArrayList<>();
            for (int c = 0; c < HTTP_CONCURRENCY; c++) connections.add(new KeepAliveHttp(base));
            long start = System.nanoTime();
            try (var clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (KeepAliveHttp connection : connections) {
                    clients.submit(() -> {
                        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                            String body = bodies.get(i);
                            // Real L2 auth: an HMAC of timestamp, method, path and body for every request.
                            Map<String, String> headers = HmacAuth.l2Headers(signer.address(), creds,
                                    Long.toString(System.currentTimeMillis() / 1000), "POST", "/order", body);
                            KeepAliveHttp.Response r = connection.post(base.getPath() + "/order", headers, body);
                            if (r.status() == 200 && r.body().contains("\"status\":\"matched\"")) matched.incrementAndGet();
                            else firstFailure.compareAndSet(null, r.status() + " " + r.body());
                        }
                        return null;
                    });
                }
            }
            long elapsed = System.nanoTime() - start;
            for (KeepAliveHttp connection : connections) connection.close();
            if (matched.get() != n) System.out.printf("  (%s: only %d of %d HTTP orders matched; first failure: %s)%n", label, matched.get(), n, firstFailure.get());
            if (!label.equals("warm-up")) report(label, elapsed, matched.get());
        }
    }

    /**
     * Trades {@code n} times in the bench market while {@code clients} subscribed clients each count the RTDS frames they
     * receive for it; prints the rate at which every one of them got all trades, when labelled.
     */
    private static void rtds(SimHandle sim, TokenId token, int n, int clients, String label) throws Exception {
        String marker = "\"asset\":\"" + token.value() + "\"";
        List<AtomicLong> received = new ArrayList<>();
        List<WebSocket> sockets = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            AtomicLong count = new AtomicLong();
            received.add(count);
            WebSocket.Listener listener = new WebSocket.Listener() {
                private final StringBuilder partial = new StringBuilder();

                @Override public void onOpen(WebSocket ws) { ws.request(Long.MAX_VALUE); }

                @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    partial.append(data);
                    if (last) {
                        if (partial.indexOf("\"topic\":\"activity\"") >= 0 && partial.indexOf(marker) >= 0) count.incrementAndGet();
                        partial.setLength(0);
                    }
                    return null;
                }
            };
            WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(sim.baseUrls().rtds(), listener).get(10, TimeUnit.SECONDS);
            socket.sendText("{\"action\":\"subscribe\",\"subscriptions\":[{\"topic\":\"activity\",\"type\":\"trades\"}]}", true).join();
            sockets.add(socket);
        }
        sim.engine().cancelAll(MAKER); // the HTTP run's cheap asks would take these buys and leave our asks piling up
        fund(sim.engine(), token, n + 1_000);
        // The subscriptions are registered once a first trade reaches every client.
        for (int probe = 0; slowest(received) == 0; probe++) {
            matchOnce(sim.engine(), token, "rtds-probe-" + System.nanoTime() + "-" + probe);
            Thread.sleep(10); // a benchmark, not a test: waiting for the subscribe frames to land
        }
        // Let the probes' frames land everywhere before counting from here.
        for (long seen = -1; seen != received.stream().mapToLong(AtomicLong::get).sum(); Thread.sleep(100))
            seen = received.stream().mapToLong(AtomicLong::get).sum();
        long before = slowest(received);
        long start = System.nanoTime();
        String tag = "rtds-" + System.nanoTime() + "-";
        for (int i = 0; i < n; i++) {
            while (i - (slowest(received) - before) > RTDS_WINDOW) Thread.onSpinWait();
            matchOnce(sim.engine(), token, tag + i);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (slowest(received) - before < n && System.nanoTime() < deadline) Thread.onSpinWait();
        long elapsed = System.nanoTime() - start;
        long got = slowest(received) - before;
        if (got < n) System.out.printf("  (RTDS: a client got only %d of %d trades; the hub drops a client that falls too far behind)%n", got, n);
        if (label != null) report(label, elapsed, (int) got);
        sockets.forEach(WebSocket::abort);
    }

    private static long slowest(List<AtomicLong> received) {
        return received.stream().mapToLong(AtomicLong::get).min().orElse(0);
    }

    private static void report(String what, long nanos, int count) {
        double perSecond = count / (nanos / 1e9);
        System.out.printf("%-62s %,10.0f /s  (%,d in %,d ms)%n", what, perSecond, count, TimeUnit.NANOSECONDS.toMillis(nanos));
    }
}
