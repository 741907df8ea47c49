package io.polybot.polymarket.order;

import io.polybot.polymarket.crypto.Eip712;
import io.polybot.polymarket.crypto.Signatures;
import io.polybot.polymarket.internal.Hex;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The POLY_1271 (deposit wallet) signature format of PROTOCOL §3.9, ERC-7739 style:
 * {@code innerSig(65) || appDomainSeparator(32) || contentsHash(32) || typeString || uint16 len}.
 *
 * <p>The owner EOA signs a {@code TypedDataSign} struct that wraps the order and names the
 * deposit wallet as its verifying contract, under the exchange's domain.
 */
public final class DepositWalletSignature {
    private static final byte[] TYPED_DATA_SIGN_TYPE_HASH = Eip712.keccak256(
            "TypedDataSign(Order contents,string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"
                    + OrderHashing.ORDER_TYPE_V2);
    private static final byte[] TYPE_STRING = OrderHashing.ORDER_TYPE_V2.getBytes(StandardCharsets.US_ASCII);
    /** 65 + 32 + 32 + 186 + 2. */
    public static final int LENGTH = 65 + 32 + 32 + TYPE_STRING.length + 2;

    private DepositWalletSignature() {}

    /** The digest the owner EOA signs for a POLY_1271 order. */
    public static byte[] innerDigest(ClobOrder order, ExchangeDomain domain) {
        byte[] wrapped = Eip712.encoder()
                .word(TYPED_DATA_SIGN_TYPE_HASH)
                .word(OrderHashing.structHash(order))
                .string("DepositWallet")
                .string("1")
                .uint(domain.chainId())
                .address(order.signer())
                .bytes32(ClobOrder.ZERO_BYTES32)
                .hash();
        return Eip712.digest(domain.separator(), wrapped);
    }

    /** Signs {@code order} with the wallet owner's key and returns the full wrapped signature hex. */
    public static String sign(ClobOrder order, ExchangeDomain domain, OrderSigner owner) {
        byte[] inner = owner.sign(innerDigest(order, domain));
        ByteArrayOutputStream out = new ByteArrayOutputStream(LENGTH);
        out.writeBytes(inner);
        out.writeBytes(domain.separator());
        out.writeBytes(OrderHashing.structHash(order));
        out.writeBytes(TYPE_STRING);
        out.write(TYPE_STRING.length >> 8);
        out.write(TYPE_STRING.length & 0xff);
        return Hex.encode(out.toByteArray());
    }

    /**
     * Checks the wrapping (domain separator, contents hash, type string) and returns the
     * lower-case address of the EOA that produced the inner signature. A simulator then checks
     * that this EOA owns the deposit wallet.
     */
    public static String recoverOwner(ClobOrder order, ExchangeDomain domain, String signatureHex) {
        byte[] sig = Hex.decode(signatureHex);
        if (sig.length != LENGTH)
            throw new IllegalArgumentException("POLY_1271 signature must be " + LENGTH + " bytes, was " + sig.length);
        if (!Arrays.equals(Arrays.copyOfRange(sig, 65, 97), domain.separator()))
            throw new IllegalArgumentException("POLY_1271 signature names a different exchange domain");
        if (!Arrays.equals(Arrays.copyOfRange(sig, 97, 129), OrderHashing.structHash(order)))
            throw new IllegalArgumentException("POLY_1271 signature covers a different order");
        if (!Arrays.equals(Arrays.copyOfRange(sig, 129, 129 + TYPE_STRING.length), TYPE_STRING)
                || (((sig[LENGTH - 2] & 0xff) << 8) | (sig[LENGTH - 1] & 0xff)) != TYPE_STRING.length)
            throw new IllegalArgumentException("POLY_1271 signature has an unexpected type string");
        return Signatures.recoverAddress(innerDigest(order, domain), Hex.encode(Arrays.copyOf(sig, 65)));
    }
}
