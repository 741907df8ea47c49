package io.polybot.polymarket.order;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * What a caller wants for a limit order: {@code size} shares at {@code price}.
 *
 * <p>Start from {@link #of} (V2, EOA, not neg-risk, random salt, current time, no expiry) and
 * adjust with the {@code with*} methods. {@code funder} is the maker (proxy, Safe or deposit
 * wallet); null means the signer's own address. {@code salt} and {@code timestampMs} null mean
 * random and now. {@code expirationSeconds} is Unix seconds, 0 = none (required for GTD).
 * {@code builderCode} is a bytes32 hex or null. {@code feeRateBps} and {@code nonce} are
 * signed only in V1.
 */
public record LimitOrderArgs(
        String tokenId,
        BigDecimal price,
        BigDecimal size,
        OrderSide side,
        BigDecimal tickSize,
        boolean negRisk,
        OrderVersion version,
        SignatureType signatureType,
        String funder,
        BigInteger salt,
        Long timestampMs,
        long expirationSeconds,
        String builderCode,
        long feeRateBps,
        long nonce) {

    public LimitOrderArgs {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(signatureType, "signatureType");
        if (expirationSeconds < 0) throw new IllegalArgumentException("expirationSeconds must be >= 0");
    }

    public static LimitOrderArgs of(String tokenId, BigDecimal price, BigDecimal size, OrderSide side, BigDecimal tickSize) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, false, OrderVersion.V2, SignatureType.EOA,
                null, null, null, 0, null, 0, 0);
    }

    public LimitOrderArgs withNegRisk(boolean v) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, v, version, signatureType, funder, salt,
                timestampMs, expirationSeconds, builderCode, feeRateBps, nonce);
    }

    public LimitOrderArgs withVersion(OrderVersion v) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, negRisk, v, signatureType, funder, salt,
                timestampMs, expirationSeconds, builderCode, feeRateBps, nonce);
    }

    /** Signature type and funder (maker) together, since one implies the other. */
    public LimitOrderArgs withWallet(SignatureType type, String funderAddress) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, negRisk, version, type, funderAddress, salt,
                timestampMs, expirationSeconds, builderCode, feeRateBps, nonce);
    }

    public LimitOrderArgs withSalt(BigInteger v) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, negRisk, version, signatureType, funder, v,
                timestampMs, expirationSeconds, builderCode, feeRateBps, nonce);
    }

    public LimitOrderArgs withTimestampMs(Long v) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, negRisk, version, signatureType, funder, salt,
                v, expirationSeconds, builderCode, feeRateBps, nonce);
    }

    public LimitOrderArgs withExpirationSeconds(long v) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, negRisk, version, signatureType, funder, salt,
                timestampMs, v, builderCode, feeRateBps, nonce);
    }

    public LimitOrderArgs withBuilderCode(String v) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, negRisk, version, signatureType, funder, salt,
                timestampMs, expirationSeconds, v, feeRateBps, nonce);
    }

    /** V1 only: fee rate and exchange nonce. */
    public LimitOrderArgs withV1Fields(long feeRate, long exchangeNonce) {
        return new LimitOrderArgs(tokenId, price, size, side, tickSize, negRisk, version, signatureType, funder, salt,
                timestampMs, expirationSeconds, builderCode, feeRate, exchangeNonce);
    }
}
