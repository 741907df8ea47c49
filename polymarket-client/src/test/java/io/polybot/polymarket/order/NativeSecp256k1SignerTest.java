package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.polybot.polymarket.Vectors;
import io.polybot.polymarket.internal.Hex;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The native signer gives exactly the pure-Java signer's signatures: on the official vectors and on random digests. */
class NativeSecp256k1SignerTest {
    private static final String KEY = "0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318";
    private static final String ADDRESS = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23";

    @BeforeAll
    static void nativeLibraryLoads() {
        // The jars ship Linux, macOS and Windows builds; only an exotic platform would skip.
        assumeTrue(NativeSecp256k1Signer.isAvailable(), "native secp256k1 not available on this platform");
    }

    @Test
    void derivesTheSameAddressAsThePureJavaSigner() {
        assertThat(NativeSecp256k1Signer.fromHex(KEY).address()).isEqualTo(ADDRESS);
        assertThat(NativeSecp256k1Signer.fromHex(KEY).toString()).contains(ADDRESS).doesNotContain(KEY.substring(2, 20));
    }

    @Test
    void reproducesTheOfficialClientsSignaturesOnEveryOrderVector() {
        int checked = 0;
        for (JsonNode v : Vectors.vectors("generated_sample.json")) {
            if (!v.get("type").stringValue().equals("order")) continue;
            JsonNode in = v.get("inputs");
            String key = in.get("private_key").stringValue();
            byte[] digest = Hex.decode(v.get("expected").get("order_hash").stringValue());
            byte[] nativeSig = NativeSecp256k1Signer.fromHex(key).sign(digest);
            assertThat(nativeSig).as(v.get("id").stringValue()).isEqualTo(PrivateKeySigner.fromHex(key).sign(digest));
            // POLY_1271 (deposit wallet) signatures wrap the ECDSA one; the others are it.
            if (SignatureType.ofCode(in.get("signature_type").intValue()) != SignatureType.POLY_1271)
                assertThat(Hex.encode(nativeSig)).isEqualTo(v.get("expected").get("signed_order").get("signature").stringValue());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }

    @Test
    void matchesThePureJavaSignerOnRandomKeysAndDigests() {
        SplittableRandom random = new SplittableRandom(20261122);
        int v27 = 0;
        for (int i = 0; i < 300; i++) {
            byte[] key = new byte[32];
            byte[] digest = new byte[32];
            random.nextBytes(key);
            random.nextBytes(digest);
            key[0] &= 0x7f; // stay below the curve order
            if (key[1] == 0) key[1] = 1;
            String hex = Hex.encode(key);
            byte[] expected = PrivateKeySigner.fromHex(hex).sign(digest);
            assertThat(NativeSecp256k1Signer.fromHex(hex).sign(digest)).as("key #%d", i).isEqualTo(expected);
            if (expected[64] == 27) v27++;
        }
        // Both recovery ids occur, so the v derivation is exercised both ways.
        assertThat(v27).isBetween(100, 200);
    }

    @Test
    void theFactoryPrefersTheNativeSigner() {
        assertThat(OrderSigners.fromHex(KEY)).isInstanceOf(NativeSecp256k1Signer.class);
        assertThat(OrderSigners.fromHex(KEY).address()).isEqualTo(ADDRESS);
    }

    @Test
    void badKeysNeverAppearInErrors() {
        assertThatThrownBy(() -> NativeSecp256k1Signer.fromHex(KEY.substring(0, 40))).hasMessageContaining("32 bytes")
                .hasMessageNotContaining(KEY.substring(2, 20));
        assertThatThrownBy(() -> NativeSecp256k1Signer.fromHex("0x" + "00".repeat(32))).hasMessageContaining("out of range");
    }
}
