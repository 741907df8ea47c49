package io.polybot.polymarket.order;

import io.polybot.polymarket.internal.Hex;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.JsonText;
import java.math.BigInteger;
import tools.jackson.databind.JsonNode;

/**
 * The {@code POST /order} JSON body (PROTOCOL §3.11), written byte for byte as
 * {@code @polymarket/clob-client-v2} writes it, and parsed back for servers and simulators.
 *
 * <p>Byte equality matters because the L2 HMAC covers the exact body.
 */
public final class PostOrderBody {
    // salt travels as a JSON number (JS parseInt); above 2^53 JavaScript would lose digits.
    private static final BigInteger MAX_SAFE_INTEGER = BigInteger.ONE.shiftLeft(53).subtract(BigInteger.ONE);
    private static final String WHAT = "POST /order body";

    private PostOrderBody() {}

    /**
     * The compact body: {@code deferExec, postOnly, order{...}, owner, orderType}; inside
     * {@code order} the V2/V3 or V1 key order of the official serialiser.
     */
    public static String toJson(SignedClobOrder signed, String owner, OrderType type, boolean postOnly, boolean deferExec) {
        ClobOrder o = signed.order();
        if (o.salt().compareTo(MAX_SAFE_INTEGER) > 0)
            throw new IllegalArgumentException("salt must be at most 2^53-1 to travel as a JSON number, was " + o.salt());
        JsonText json = new JsonText().beginObject()
                .name("deferExec").bool(deferExec)
                .name("postOnly").bool(postOnly)
                .name("order").beginObject()
                .name("salt").number(o.salt().toString())
                .field("maker", o.maker())
                .field("signer", o.signer());
        if (o.version() == OrderVersion.V1) json.field("taker", o.taker());
        json.field("tokenId", o.tokenId().toString())
                .field("makerAmount", o.makerAmount().toString())
                .field("takerAmount", o.takerAmount().toString())
                .field("side", o.side().name());
        if (o.version() == OrderVersion.V1) {
            json.field("expiration", o.expiration().toString())
                    .field("nonce", o.nonce().toString())
                    .field("feeRateBps", o.feeRateBps().toString())
                    .name("signatureType").number(Integer.toString(o.signatureType().code()));
        } else {
            json.name("signatureType").number(Integer.toString(o.signatureType().code()))
                    .field("timestamp", o.timestamp().toString())
                    .field("expiration", o.expiration().toString())
                    .field("metadata", o.metadata())
                    .field("builder", o.builder());
        }
        return json.field("signature", signed.signature())
                .endObject()
                .field("owner", owner)
                .field("orderType", type.name())
                .endObject()
                .toString();
    }

    /** Parses a V2 body (V1 if it has {@code taker}/{@code nonce}); the order hash is left null. */
    public static PostOrderRequest parse(String json) {
        return parse(json, OrderVersion.V2);
    }

    /**
     * Parses a body whose version the caller knows (V2 or V3; V1 is detected from its
     * {@code taker}/{@code nonce} keys). Without a chain the order hash is left null.
     */
    public static PostOrderRequest parse(String json, OrderVersion version) {
        return read(json, version, null, false);
    }

    /** Parses a body and recomputes the order hash under the matching exchange domain. */
    public static PostOrderRequest parse(String json, OrderVersion version, long chainId, boolean negRisk) {
        return read(json, version, chainId, negRisk);
    }

    private static PostOrderRequest read(String json, OrderVersion expected, Long chainId, boolean negRisk) {
        JsonNode root = Json.requireObject(Json.parse(json, WHAT), WHAT);
        JsonNode o = Json.requireObject(Json.required(root, "order", WHAT), WHAT + " field 'order'");
        String what = WHAT + " order";
        boolean v1Keys = o.has("taker") || o.has("nonce") || o.has("feeRateBps");
        OrderVersion version = v1Keys ? OrderVersion.V1 : expected;
        if (version == OrderVersion.V1 && !v1Keys)
            throw new IllegalArgumentException(what + ": V1 order lacks 'taker', 'nonce' and 'feeRateBps'");
        ClobOrder order;
        try {
            BigInteger salt = Json.integer(o, "salt", what);
            String maker = address(o, "maker", what);
            String signer = address(o, "signer", what);
            BigInteger tokenId = Json.integer(o, "tokenId", what);
            BigInteger makerAmount = Json.integer(o, "makerAmount", what);
            BigInteger takerAmount = Json.integer(o, "takerAmount", what);
            OrderSide side = OrderSide.parse(Json.text(o, "side", what));
            SignatureType type = SignatureType.ofCode((int) Json.longValue(o, "signatureType", what));
            BigInteger expiration = o.has("expiration") ? Json.integer(o, "expiration", what) : BigInteger.ZERO;
            order = version == OrderVersion.V1
                    ? new ClobOrder(version, salt, maker, signer, address(o, "taker", what), tokenId, makerAmount,
                            takerAmount, side, type, null, null, null, expiration,
                            Json.integer(o, "nonce", what), Json.integer(o, "feeRateBps", what))
                    : new ClobOrder(version, salt, maker, signer, null, tokenId, makerAmount, takerAmount, side, type,
                            Json.integer(o, "timestamp", what), bytes32(o, "metadata", what),
                            bytes32(o, "builder", what), expiration, null, null);
        } catch (NullPointerException e) {
            throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
        String signature = Json.text(o, "signature", what);
        Hex.decode(signature);
        String hash = chainId == null ? null
                : OrderHashing.orderHash(order, ExchangeDomain.forOrder(version, chainId, negRisk));
        return new PostOrderRequest(
                new SignedClobOrder(order, signature, hash),
                Json.text(root, "owner", WHAT),
                OrderType.parse(Json.text(root, "orderType", WHAT)),
                Json.bool(root, "postOnly", false, WHAT),
                Json.bool(root, "deferExec", false, WHAT));
    }

    private static String address(JsonNode o, String field, String what) {
        String value = Json.text(o, field, what);
        Hex.decode(value, 20, what + " field '" + field + "'");
        return value;
    }

    // The OpenAPI example allows metadata "" (empty); read it as the zero word.
    private static String bytes32(JsonNode o, String field, String what) {
        String value = Json.optText(o, field, "");
        if (value.isEmpty() || value.equals("0x")) return ClobOrder.ZERO_BYTES32;
        Hex.decode(value, 32, what + " field '" + field + "'");
        return value;
    }
}
