package io.polybot.polymarket.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.polybot.polymarket.Vectors;
import io.polybot.polymarket.crypto.Signatures;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The suite vectors of order_signing.json: hash and signature of fixed orders. */
class OrderSigningVectorsTest {
    static Stream<Arguments> vectors() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode v : Vectors.vectors("order_signing.json")) out.add(Arguments.of(v.get("id").stringValue(), v));
        return out.stream();
    }

    static ClobOrder order(JsonNode v) {
        OrderVersion version = OrderVersion.ofNumber(v.get("order_version").intValue());
        JsonNode m = v.get("inputs").get("message");
        OrderSide side = m.get("side").intValue() == 0 ? OrderSide.BUY : OrderSide.SELL;
        SignatureType type = SignatureType.ofCode(m.get("signatureType").intValue());
        if (version == OrderVersion.V1) {
            return new ClobOrder(version, big(m, "salt"), text(m, "maker"), text(m, "signer"), text(m, "taker"),
                    big(m, "tokenId"), big(m, "makerAmount"), big(m, "takerAmount"), side, type, null, null, null,
                    big(m, "expiration"), big(m, "nonce"), big(m, "feeRateBps"));
        }
        return new ClobOrder(version, big(m, "salt"), text(m, "maker"), text(m, "signer"), null, big(m, "tokenId"),
                big(m, "makerAmount"), big(m, "takerAmount"), side, type, big(m, "timestamp"), text(m, "metadata"),
                text(m, "builder"), BigInteger.ZERO, null, null);
    }

    static ExchangeDomain domain(JsonNode v) {
        JsonNode d = v.get("inputs").get("domain");
        return new ExchangeDomain(text(d, "name"), text(d, "version"), d.get("chainId").longValue(), text(d, "verifyingContract"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void hashAndSignatureMatch(String id, JsonNode v) {
        ClobOrder order = order(v);
        ExchangeDomain domain = domain(v);
        var key = PrivateKeySigner.fromHex(v.get("inputs").get("private_key").stringValue());
        JsonNode expected = v.get("expected");
        assertThat(OrderHashing.orderHash(order, domain)).isEqualTo(expected.get("order_hash").stringValue());
        String signature = order.signatureType() == SignatureType.POLY_1271
                ? DepositWalletSignature.sign(order, domain, key)
                : io.polybot.polymarket.internal.Hex.encode(key.sign(OrderHashing.digest(order, domain)));
        assertThat(signature).isEqualTo(expected.get("signature").stringValue());
    }

    @Test
    void depositWalletSignatureRecoversTheOwner() {
        JsonNode v = vectors().map(a -> (JsonNode) a.get()[1])
                .filter(n -> n.get("id").stringValue().equals("v2-poly1271-deposit-wallet")).findFirst().orElseThrow();
        String sig = v.get("expected").get("signature").stringValue();
        assertThat(sig.length()).isEqualTo(v.get("expected").get("signature_length_hex_chars").intValue() + 2);
        assertThat(DepositWalletSignature.recoverOwner(order(v), domain(v), sig))
                .isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    }

    @Test
    void v1ZeroOrderBodyHasTheReferenceFields() {
        JsonNode v = vectors().map(a -> (JsonNode) a.get()[1])
                .filter(n -> n.get("id").stringValue().equals("v1-zero-order-polygon")).findFirst().orElseThrow();
        JsonNode expectedBody = v.get("expected").get("post_order_body");
        var signed = new SignedClobOrder(order(v), v.get("expected").get("signature").stringValue(),
                v.get("expected").get("order_hash").stringValue());
        String json = PostOrderBody.toJson(signed, expectedBody.get("owner").stringValue(), OrderType.FOK, false, false);
        // The Rust reference body is key-sorted (serde map), so compare as trees, ignoring our envelope flags.
        JsonNode ours = io.polybot.polymarket.internal.Json.parse(json, "body");
        assertThat(ours.get("order")).isEqualTo(expectedBody.get("order"));
        assertThat(ours.get("owner")).isEqualTo(expectedBody.get("owner"));
        assertThat(ours.get("orderType")).isEqualTo(expectedBody.get("orderType"));
        String recovered = Signatures.recoverAddress(OrderHashing.digest(order(v), domain(v)), signed.signature());
        assertThat(recovered).isEqualTo("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    }

    private static BigInteger big(JsonNode n, String f) {
        return new BigInteger(n.get(f).stringValue());
    }

    private static String text(JsonNode n, String f) {
        return n.get(f).stringValue();
    }
}
