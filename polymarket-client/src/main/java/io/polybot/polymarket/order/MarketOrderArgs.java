package io.polybot.polymarket.order;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * What a caller wants for a marketable (FOK/FAK) order: {@code amount} is collateral to spend
 * for BUY and shares to sell for SELL; {@code price} is the worst acceptable price.
 *
 * <p>Defaults and the meaning of the optional fields are those of {@link LimitOrderArgs};
 * market orders never expire.
 */
public record MarketOrderArgs(
        String tokenId,
        BigDecimal price,
        BigDecimal amount,
        OrderSide side,
        BigDecimal tickSize,
        boolean negRisk,
        OrderVersion version,
        SignatureType signatureType,
        String funder,
        BigInteger salt,
        Long timestampMs,
        String builderCode,
        long feeRateBps,
        long nonce) {

    public MarketOrderArgs {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(tickSize, "tickSize");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(signatureType, "signatureType");
    }

    public static MarketOrderArgs of(String tokenId, BigDecimal price, BigDecimal amount, OrderSide side, BigDecimal tickSize) {
        return new MarketOrderArgs(tokenId, price, amount, side, tickSize, false, OrderVersion.V2, SignatureType.EOA,
                null, null, null, null, 0, 0);
    }

    public MarketOrderArgs withNegRisk(boolean v) {
        return new MarketOrderArgs(tokenId, price, amount, side, tickSize, v, version, signatureType, funder, salt,
                timestampMs, builderCode, feeRateBps, nonce);
    }

    public MarketOrderArgs withVersion(OrderVersion v) {
        return new MarketOrderArgs(tokenId, price, amount, side, tickSize, negRisk, v, signatureType, funder, salt,
                timestampMs, builderCode, feeRateBps, nonce);
    }

    public MarketOrderArgs withWallet(SignatureType type, String funderAddress) {
        return new MarketOrderArgs(tokenId, price, amount, side, tickSize, negRisk, version, type, funderAddress, salt,
                timestampMs, builderCode, feeRateBps, nonce);
    }

    public MarketOrderArgs withSalt(BigInteger v) {
        return new MarketOrderArgs(tokenId, price, amount, side, tickSize, negRisk, version, signatureType, funder, v,
                timestampMs, builderCode, feeRateBps, nonce);
    }

    public MarketOrderArgs withTimestampMs(Long v) {
        return new MarketOrderArgs(tokenId, price, amount, side, tickSize, negRisk, version, signatureType, funder, salt,
                v, builderCode, feeRateBps, nonce);
    }

    public MarketOrderArgs withBuilderCode(String v) {
        return new MarketOrderArgs(tokenId, price, amount, side, tickSize, negRisk, version, signatureType, funder, salt,
                timestampMs, v, feeRateBps, nonce);
    }

    public MarketOrderArgs withV1Fields(long feeRate, long exchangeNonce) {
        return new MarketOrderArgs(tokenId, price, amount, side, tickSize, negRisk, version, signatureType, funder, salt,
                timestampMs, builderCode, feeRate, exchangeNonce);
    }
}
