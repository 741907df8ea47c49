package io.polybot.polymarket.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polybot.polymarket.Vectors;
import io.polybot.polymarket.internal.Hex;
import io.polybot.polymarket.order.PrivateKeySigner;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Native recovery answers exactly what web3j's {@link Signatures#recoverAddress} answers: addresses and errors. */
class NativeRecoveryTest {
    private static final BigInteger CURVE_ORDER =
            new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);

    @BeforeAll
    static void nativeLibraryLoads() {
        // The jars ship Linux, macOS and Windows builds; only an exotic platform would skip.
        assumeTrue(NativeRecovery.isNative(), "native secp256k1 not available on this platform");
    }

    @Test
    void recoversTheSignerOfEveryOrderVector() {
        int checked = 0;
        for (JsonNode v : Vectors.vectors("order_signing.json")) {
            byte[] digest = Hex.decode(v.get("expected").get("order_hash").stringValue());
            String signature = v.get("expected").get("signature").stringValue();
            // POLY_1271 signatures wrap an inner one over another digest: compare the two paths on its first 65 bytes.
            String ecdsa = signature.substring(0, 2 + 130);
            assertSameOutcome(v.get("id").stringValue(), digest, ecdsa);
            if (signature.length() == ecdsa.length()) {
                // The key's address: one vector signs an order whose signer field is the zero address.
                String signer = PrivateKeySigner.fromHex(v.get("inputs").get("private_key").stringValue()).address().toLowerCase();
                assertThat(NativeRecovery.recoverAddress(digest, signature)).as(v.get("id").stringValue()).isEqualTo(signer);
            }
            checked++;
        }
        for (JsonNode v : Vectors.vectors("generated_sample.json")) {
            if (!v.get("type").stringValue().equals("order")) continue;
            byte[] digest = Hex.decode(v.get("expected").get("order_hash").stringValue());
            String signature = v.get("expected").get("signed_order").get("signature").stringValue();
            String ecdsa = signature.substring(0, 2 + 130);
            assertSameOutcome(v.get("id").stringValue(), digest, ecdsa);
            if (signature.length() == ecdsa.length())
                assertThat(NativeRecovery.recoverAddress(digest, signature)).as(v.get("id").stringValue())
                        .isEqualTo(v.get("inputs").get("signer_address").stringValue().toLowerCase());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(19); // 6 + 13 when written
    }

    @Test
    void recoversTheSameAddressAsWeb3jForRandomKeysAndDigests() {
        SplittableRandom random = new SplittableRandom(20260512);
        for (int i = 0; i < 300; i++) {
            byte[] key = new byte[32];
            byte[] digest = new byte[32];
            random.nextBytes(key);
            random.nextBytes(digest);
            key[0] &= 0x7f; // stay below the curve order
            if (key[1] == 0) key[1] = 1;
            PrivateKeySigner signer = PrivateKeySigner.fromHex(Hex.encode(key));
            byte[] signature = signer.sign(digest);
            assertSameOutcome("key #" + i, digest, Hex.encode(signature));
            assertThat(NativeRecovery.recoverAddress(digest, Hex.encode(signature))).isEqualTo(signer.address().toLowerCase());
            signature[64] -= 27; // v as 0/1
            assertThat(NativeRecovery.recoverAddress(digest, Hex.encode(signature))).isEqualTo(signer.address().toLowerCase());
        }
    }

    @Test
    void agreesWithWeb3jOnRandomSignatures() {
        // Random r and s: some have no curve point for r (both refuse), the rest recover some address (both the same).
        SplittableRandom random = new SplittableRandom(7);
        int recovered = 0;
        for (int i = 0; i < 500; i++) {
            byte[] digest = new byte[32];
            byte[] signature = new byte[65];
            random.nextBytes(digest);
            random.nextBytes(signature);
            signature[64] = (byte) new int[] {0, 1, 27, 28}[random.nextInt(4)];
            if (!assertSameOutcome("random #" + i, digest, Hex.encode(signature)).startsWith("error")) recovered++;
        }
        assertThat(recovered).isBetween(100, 450);
    }

    @Test
    void agreesWithWeb3jOnSignaturesLibsecp256k1Refuses() {
        byte[] digest = Eip712.keccak256("edge cases");
        byte[] valid = PrivateKeySigner.fromHex("0x" + "11".repeat(32)).sign(digest);
        byte[] r = Arrays.copyOfRange(valid, 0, 32);
        byte[] s = Arrays.copyOfRange(valid, 32, 64);
        byte[] zero = new byte[32];
        byte[] order = word(CURVE_ORDER);
        byte[] highS = word(CURVE_ORDER.subtract(new BigInteger(1, s)));
        byte[] max = new byte[32];
        Arrays.fill(max, (byte) 0xff);
        for (byte[][] rs : new byte[][][] {{zero, s}, {r, zero}, {order, s}, {r, order}, {r, highS}, {max, s}, {r, max}}) {
            for (int v : new int[] {27, 28, 29, 2, 255}) {
                byte[] signature = new byte[65];
                System.arraycopy(rs[0], 0, signature, 0, 32);
                System.arraycopy(rs[1], 0, signature, 32, 32);
                signature[64] = (byte) v;
                assertSameOutcome("edge v=" + v, digest, Hex.encode(signature));
            }
        }
        assertSameOutcome("short", digest, Hex.encode(Arrays.copyOf(valid, 64)));
        assertSameOutcome("not hex", digest, "0x" + "zz".repeat(65));
        assertSameOutcome("null", digest, null);
        assertSameOutcome("short digest", Arrays.copyOf(digest, 31), Hex.encode(valid));
    }

    /** Recovers both ways, asserts the same address or the same error, and returns it. */
    private static String assertSameOutcome(String what, byte[] digest, String signature) {
        String web3j = outcome(() -> Signatures.recoverAddress(digest, signature));
        String nativeOutcome = outcome(() -> NativeRecovery.recoverAddress(digest, signature));
        assertThat(nativeOutcome).as(what).isEqualTo(web3j);
        return web3j;
    }

    private static String outcome(Supplier<String> recovery) {
        try {
            return recovery.get();
        } catch (IllegalArgumentException e) {
            return "error " + e.getMessage();
        }
    }

    private static byte[] word(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, out, 32 - length, length);
        return out;
    }
}
