package io.polybot.bench;

import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.NativeSecp256k1Signer;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.OrderSigner;
import io.polybot.polymarket.order.PrivateKeySigner;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Side-by-side build + sign of the same version-2 limit order by the official npm client
 * ({@code @polymarket/clob-client-v2}, installed with {@code npm ci} from the vector generator's
 * lock file into a temporary folder) and by this SDK with both signers, on this machine; prints
 * the µs per order of each and the npm/Java ratio. Not JMH: the npm side runs in its own
 * process, so both sides use the same simple warm-up-then-time loop.
 *
 * <p>Run: {@code java --enable-native-access=ALL-UNNAMED -cp bench/target/benchmarks.jar
 * io.polybot.bench.OfficialClientSigningRatio [orders]} from the repository root (or set {@code
 * -Dpolybot.shared.dir}). Needs node and npm, and the npm registry or cache for {@code npm ci}.
 */
public final class OfficialClientSigningRatio {
    private static final String KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private static final String TOKEN = "71321045679252212594626385532706912750332728571942532289631379312455583992563";

    // Same order as the Java side: BUY 89.28 @ 0.56, tick 0.01, EOA, chain 137, version 2.
    private static final String SCRIPT = """
            import { Wallet } from "@ethersproject/wallet";
            import * as V2 from "@polymarket/clob-client-v2";
            const n = Number.parseInt(process.argv[2], 10);
            const builder = new V2.OrderBuilder(new Wallet("%s"), 137, 0);
            const order = { tokenID: "%s", price: 0.56, size: 89.28, side: "BUY" };
            const options = { tickSize: "0.01", negRisk: false };
            for (let i = 0; i < Math.max(200, n / 5); i++) await builder.buildOrder({ ...order }, options, 2);
            const t0 = process.hrtime.bigint();
            for (let i = 0; i < n; i++) await builder.buildOrder({ ...order }, options, 2);
            const t1 = process.hrtime.bigint();
            console.log((Number(t1 - t0) / 1000 / n).toFixed(2));
            """.formatted(KEY, TOKEN);

    private OfficialClientSigningRatio() {}

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        double web3j = javaMicrosPerOrder(PrivateKeySigner.fromHex(KEY), orders);
        double nativeSigner = NativeSecp256k1Signer.isAvailable() ? javaMicrosPerOrder(NativeSecp256k1Signer.fromHex(KEY), orders) : Double.NaN;
        double npm = npmMicrosPerOrder(orders);
        System.out.printf("build + sign of one v2 limit order, %d orders, this machine:%n", orders);
        System.out.printf("  official npm client (@polymarket/clob-client-v2): %10.1f µs/order%n", npm);
        System.out.printf("  Java, pure-Java signer (web3j):                   %10.1f µs/order  (npm/Java = %.1fx)%n", web3j, npm / web3j);
        System.out.printf("  Java, native signer (libsecp256k1):               %10.1f µs/order  (npm/Java = %.1fx)%n",
                nativeSigner, npm / nativeSigner);
    }

    private static double javaMicrosPerOrder(OrderSigner signer, int orders) {
        OrderBuilder builder = new OrderBuilder(signer, 137);
        LimitOrderArgs args = LimitOrderArgs.of(TOKEN, new BigDecimal("0.56"), new BigDecimal("89.28"), OrderSide.BUY, new BigDecimal("0.01"));
        long sink = 0;
        // Warm-up long enough for the JIT to compile the signing path.
        for (int i = 0; i < Math.max(5000, orders); i++) sink += builder.buildLimit(args.withSalt(BigInteger.valueOf(i + 1))).signature().length();
        long t0 = System.nanoTime();
        for (int i = 0; i < orders; i++) sink += builder.buildLimit(args.withSalt(BigInteger.valueOf(i + 1_000_000))).signature().length();
        long t1 = System.nanoTime();
        if (sink == 42) System.out.println(); // keeps the loop's result alive
        return (t1 - t0) / 1000.0 / orders;
    }

    private static double npmMicrosPerOrder(int orders) throws IOException, InterruptedException {
        Path source = Path.of(System.getProperty("polybot.shared.dir", "../shared")).resolve("tools/polymarket-vectors");
        Path work = Files.createTempDirectory("polybot-npm-ratio");
        for (String f : List.of("package.json", "package-lock.json")) Files.copy(source.resolve(f), work.resolve(f));
        run(work, 600, "npm", "ci", "--no-audit", "--no-fund");
        Files.writeString(work.resolve("sign-bench.mjs"), SCRIPT);
        String out = run(work, 600, "node", "sign-bench.mjs", Integer.toString(orders));
        List<String> lines = out.strip().lines().toList();
        return Double.parseDouble(lines.getLast().strip());
    }

    private static String run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0)
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
        return out;
    }
}
