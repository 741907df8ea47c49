package io.polybot.polymarket.order;

/** Who signs for whom in an order (PROTOCOL §2.3); {@link #code()} is the signed uint8. */
public enum SignatureType {
    /** The key holder trades from its own address. */
    EOA(0),
    /** Polymarket proxy wallet (email accounts); maker = proxy, signer = owner EOA. */
    POLY_PROXY(1),
    /** Polymarket Gnosis Safe; maker = Safe, signer = owner EOA. */
    POLY_GNOSIS_SAFE(2),
    /** Deposit wallet validated by EIP-1271 (V2/V3 only); maker = signer = wallet. */
    POLY_1271(3);

    private final int code;

    SignatureType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static SignatureType ofCode(int code) {
        for (SignatureType t : values()) if (t.code == code) return t;
        throw new IllegalArgumentException("unknown signature type " + code);
    }
}
