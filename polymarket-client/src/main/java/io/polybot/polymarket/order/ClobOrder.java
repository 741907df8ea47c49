package io.polybot.polymarket.order;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An unsigned Polymarket order in any version, with amounts in base units (6 decimals).
 *
 * <p>Version-specific fields: {@code taker}, {@code nonce} and {@code feeRateBps} exist only in
 * V1 (null in V2/V3); {@code timestamp} (ms), {@code metadata} and {@code builder} only in V2/V3
 * (null in V1). {@code expiration} (seconds, 0 = none) is signed in V1 and only sent in the body
 * in V2/V3.
 */
public record ClobOrder(
        OrderVersion version,
        BigInteger salt,
        String maker,
        String signer,
        String taker,
        BigInteger tokenId,
        BigInteger makerAmount,
        BigInteger takerAmount,
        OrderSide side,
        SignatureType signatureType,
        BigInteger timestamp,
        String metadata,
        String builder,
        BigInteger expiration,
        BigInteger nonce,
        BigInteger feeRateBps) {

    public static final String ZERO_ADDRESS = "0x0000000000000000000000000000000000000000";
    public static final String ZERO_BYTES32 = "0x0000000000000000000000000000000000000000000000000000000000000000";

    public ClobOrder {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(signer, "signer");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(makerAmount, "makerAmount");
        Objects.requireNonNull(takerAmount, "takerAmount");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(signatureType, "signatureType");
        if (expiration == null) expiration = BigInteger.ZERO;
        if (version == OrderVersion.V1) {
            if (signatureType == SignatureType.POLY_1271)
                throw new IllegalArgumentException("signature type POLY_1271 is not supported for V1 orders");
            if (taker == null) taker = ZERO_ADDRESS;
            if (nonce == null) nonce = BigInteger.ZERO;
            if (feeRateBps == null) feeRateBps = BigInteger.ZERO;
        } else {
            Objects.requireNonNull(timestamp, "timestamp (ms) is required for V2/V3 orders");
            if (metadata == null) metadata = ZERO_BYTES32;
            if (builder == null) builder = ZERO_BYTES32;
        }
    }
}
