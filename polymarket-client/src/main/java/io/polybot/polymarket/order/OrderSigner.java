package io.polybot.polymarket.order;

/**
 * The key that signs orders and L1 auth messages: a local private key, a keystore, or a
 * remote signer. Implementations never expose the key itself.
 */
public interface OrderSigner {
    /** The signer's EOA address in EIP-55 checksum form. */
    String address();

    /**
     * Signs a 32-byte digest (no prefix is added) and returns 65 bytes {@code r || s || v}
     * with v = 27 or 28.
     */
    byte[] sign(byte[] digest32);
}
