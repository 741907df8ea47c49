package io.polybot.polymarket.order;

import io.polybot.polymarket.crypto.Eip712;
import io.polybot.polymarket.internal.Hex;

/**
 * EIP-712 hashing of Polymarket orders (PROTOCOL §3.2, §3.3, §3.10).
 *
 * <p>The digest is what the signer signs and, as "0x" + hex, the order id the CLOB returns.
 */
public final class OrderHashing {
    /** The V2/V3 order type string; also embedded verbatim in POLY_1271 signatures. */
    public static final String ORDER_TYPE_V2 =
            "Order(uint256 salt,address maker,address signer,uint256 tokenId,uint256 makerAmount,uint256 takerAmount,"
                    + "uint8 side,uint8 signatureType,uint256 timestamp,bytes32 metadata,bytes32 builder)";
    public static final String ORDER_TYPE_V1 =
            "Order(uint256 salt,address maker,address signer,address taker,uint256 tokenId,uint256 makerAmount,"
                    + "uint256 takerAmount,uint256 expiration,uint256 nonce,uint256 feeRateBps,uint8 side,uint8 signatureType)";

    private static final byte[] TYPE_HASH_V1 = Eip712.keccak256(ORDER_TYPE_V1);
    private static final byte[] TYPE_HASH_V2 = Eip712.keccak256(ORDER_TYPE_V2);

    private OrderHashing() {}

    /** The EIP-712 digest keccak256(0x1901 || domainSeparator || hashStruct(order)). */
    public static byte[] digest(ClobOrder order, ExchangeDomain domain) {
        if (!order.version().domainVersion().equals(domain.version()))
            throw new IllegalArgumentException("order version " + order.version()
                    + " does not match exchange domain version " + domain.version());
        return Eip712.digest(domain.separator(), structHash(order));
    }

    /** The order hash as "0x" + 64 lower-case hex. */
    public static String orderHash(ClobOrder order, ExchangeDomain domain) {
        return Hex.encode(digest(order, domain));
    }

    /** hashStruct(Order) for the order's version. */
    public static byte[] structHash(ClobOrder o) {
        if (o.version() == OrderVersion.V1) {
            return Eip712.encoder()
                    .word(TYPE_HASH_V1)
                    .uint(o.salt())
                    .address(o.maker())
                    .address(o.signer())
                    .address(o.taker())
                    .uint(o.tokenId())
                    .uint(o.makerAmount())
                    .uint(o.takerAmount())
                    .uint(o.expiration())
                    .uint(o.nonce())
                    .uint(o.feeRateBps())
                    .uint(o.side().code())
                    .uint(o.signatureType().code())
                    .hash();
        }
        return Eip712.encoder()
                .word(TYPE_HASH_V2)
                .uint(o.salt())
                .address(o.maker())
                .address(o.signer())
                .uint(o.tokenId())
                .uint(o.makerAmount())
                .uint(o.takerAmount())
                .uint(o.side().code())
                .uint(o.signatureType().code())
                .uint(o.timestamp())
                .bytes32(o.metadata())
                .bytes32(o.builder())
                .hash();
    }
}
