package io.polybot.polymarket.auth;

import io.polybot.polymarket.crypto.Eip712;
import io.polybot.polymarket.crypto.Signatures;
import io.polybot.polymarket.internal.Hex;
import io.polybot.polymarket.order.OrderSigner;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * L1 authentication: the EIP-712 {@code ClobAuth} signature used to create or derive API
 * credentials (PROTOCOL §2.1). Domain {@code ClobAuthDomain}/"1"/chainId, no verifying contract.
 */
public final class ClobAuthSigner {
    public static final String MESSAGE = "This message attests that I control the given wallet";
    private static final byte[] DOMAIN_TYPE_HASH =
            Eip712.keccak256("EIP712Domain(string name,string version,uint256 chainId)");
    private static final byte[] CLOB_AUTH_TYPE_HASH =
            Eip712.keccak256("ClobAuth(address address,string timestamp,uint256 nonce,string message)");

    /** The four L1 headers; the timestamp is decimal Unix seconds, also signed as a string. */
    public Map<String, String> l1Headers(OrderSigner signer, long chainId, long timestampSeconds, long nonce) {
        String address = signer.address();
        String timestamp = Long.toString(timestampSeconds);
        byte[] digest = digest(chainId, address, timestamp, BigInteger.valueOf(nonce));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HmacAuth.POLY_ADDRESS, address);
        headers.put(HmacAuth.POLY_SIGNATURE, Hex.encode(signer.sign(digest)));
        headers.put(HmacAuth.POLY_TIMESTAMP, timestamp);
        headers.put(HmacAuth.POLY_NONCE, Long.toString(nonce));
        return headers;
    }

    /**
     * For servers: the lower-case address recovered from an L1 signature. Compare it with
     * {@code POLY_ADDRESS} case-insensitively (clients differ in the case they send).
     */
    public static String recoverClobAuthSigner(long chainId, String address, String timestamp, long nonce, String signature) {
        return Signatures.recoverAddress(digest(chainId, address, timestamp, BigInteger.valueOf(nonce)), signature);
    }

    /** The EIP-712 digest of a ClobAuth message. */
    public static byte[] digest(long chainId, String address, String timestamp, BigInteger nonce) {
        byte[] domain = Eip712.encoder()
                .word(DOMAIN_TYPE_HASH)
                .string("ClobAuthDomain")
                .string("1")
                .uint(chainId)
                .hash();
        byte[] struct = Eip712.encoder()
                .word(CLOB_AUTH_TYPE_HASH)
                .address(address)
                .string(timestamp)
                .uint(nonce)
                .string(MESSAGE)
                .hash();
        return Eip712.digest(domain, struct);
    }
}
