package io.polybot.bench;

import io.polybot.polymarket.auth.ApiCredentials;
import io.polybot.polymarket.auth.HmacAuth;
import io.polybot.polymarket.order.LimitOrderArgs;
import io.polybot.polymarket.order.NativeSecp256k1Signer;
import io.polybot.polymarket.order.OrderBuilder;
import io.polybot.polymarket.order.OrderSide;
import io.polybot.polymarket.order.PostOrderBody;
import io.polybot.polymarket.order.OrderType;
import io.polybot.polymarket.order.PrivateKeySigner;
import io.polybot.polymarket.order.SignedClobOrder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;

/**
 * Build + sign of one version-2 limit order (budget: 1 ms, ARCHITECTURE §8; issue target 100 µs)
 * with the pure-Java (web3j) and the native (libsecp256k1) signer, each signer alone on a digest,
 * and the L2 HMAC of the body. Run: {@code java --enable-native-access=ALL-UNNAMED -jar
 * bench/target/benchmarks.jar OrderSigning}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OrderSigningBenchmark {
    private OrderBuilder builder;
    private OrderBuilder nativeBuilder;
    private PrivateKeySigner signer;
    private NativeSecp256k1Signer nativeSigner;
    private byte[] digest;
    private LimitOrderArgs args;
    private String body;
    private ApiCredentials creds;
    private long salt;

    @Setup public void setUp() {
        // A throw-away key for benchmarking only.
        String key = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
        signer = PrivateKeySigner.fromHex(key);
        nativeSigner = NativeSecp256k1Signer.fromHex(key);
        builder = new OrderBuilder(signer, 137);
        nativeBuilder = new OrderBuilder(nativeSigner, 137);
        args = LimitOrderArgs.of("71321045679252212594626385532706912750332728571942532289631379312455583992563",
                new BigDecimal("0.56"), new BigDecimal("89.28"), OrderSide.BUY, new BigDecimal("0.01")).withTimestampMs(1_780_000_000_000L);
        creds = new ApiCredentials("46aba6b7-a178-40d4-b424-ca3ad9968354", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "pass");
        SignedClobOrder order = builder.buildLimit(args.withSalt(BigInteger.ONE));
        body = PostOrderBody.toJson(order, creds.apiKey(), OrderType.FAK, false, false);
        digest = io.polybot.polymarket.internal.Hex.decode(order.orderHash());
    }

    @Benchmark public SignedClobOrder buildAndSign() {
        // A new salt each time: nothing can be cached between orders.
        return builder.buildLimit(args.withSalt(BigInteger.valueOf(++salt)));
    }

    @Benchmark public SignedClobOrder buildAndSignNative() {
        return nativeBuilder.buildLimit(args.withSalt(BigInteger.valueOf(++salt)));
    }

    @Benchmark public byte[] signDigestWeb3j() {
        digest[0]++;
        return signer.sign(digest);
    }

    @Benchmark public byte[] signDigestNative() {
        digest[0]++;
        return nativeSigner.sign(digest);
    }

    @Benchmark public String hmacOfPostOrderBody() {
        return HmacAuth.signature(creds.secret(), "1780000000", "POST", "/order", body);
    }
}
