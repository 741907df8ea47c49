package io.polybot.polymarket.order;

import io.polybot.polymarket.internal.Hex;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Builds and signs orders locally, reproducing {@code @polymarket/clob-client-v2}'s
 * {@code OrderBuilder} (amount rounding, maker/signer choice, exchange selection, signature).
 *
 * <p>Stateless apart from its signer, clock and salt source; safe to share between threads.
 */
public final class OrderBuilder {
    private final OrderSigner signer;
    private final long chainId;
    private final Clock clock;
    private final RandomGenerator random;

    public OrderBuilder(OrderSigner signer, long chainId) {
        this(signer, chainId, Clock.systemUTC(), new SecureRandom());
    }

    /** With an explicit clock (order timestamps) and salt source, for tests and replays. */
    public OrderBuilder(OrderSigner signer, long chainId, Clock clock, RandomGenerator random) {
        this.signer = Objects.requireNonNull(signer, "signer");
        this.chainId = chainId;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        ExchangeDomain.forOrder(OrderVersion.V2, chainId, false); // fails fast on an unknown chain
    }

    public OrderSigner signer() {
        return signer;
    }

    public long chainId() {
        return chainId;
    }

    /** A signed limit order (GTC/GTD). */
    public SignedClobOrder buildLimit(LimitOrderArgs a) {
        checkPrice(a.price(), a.tickSize());
        OrderAmounts.Amounts amounts = OrderAmounts.limit(a.side(), a.price(), a.size(), a.tickSize());
        return build(a.version(), a.signatureType(), a.funder(), a.tokenId(), amounts, a.side(), a.salt(),
                a.timestampMs(), a.expirationSeconds(), a.builderCode(), a.feeRateBps(), a.nonce(), a.negRisk());
    }

    /** A signed marketable order (FOK/FAK). */
    public SignedClobOrder buildMarket(MarketOrderArgs a) {
        checkPrice(a.price(), a.tickSize());
        OrderAmounts.Amounts amounts = OrderAmounts.market(a.side(), a.price(), a.amount(), a.tickSize());
        return build(a.version(), a.signatureType(), a.funder(), a.tokenId(), amounts, a.side(), a.salt(),
                a.timestampMs(), 0, a.builderCode(), a.feeRateBps(), a.nonce(), a.negRisk());
    }

    /** Signs an already complete order under the exchange domain of its version. */
    public SignedClobOrder sign(ClobOrder order, boolean negRisk) {
        ExchangeDomain domain = ExchangeDomain.forOrder(order.version(), chainId, negRisk);
        byte[] digest = OrderHashing.digest(order, domain);
        String signature = order.signatureType() == SignatureType.POLY_1271
                ? DepositWalletSignature.sign(order, domain, signer)
                : Hex.encode(signer.sign(digest));
        return new SignedClobOrder(order, signature, Hex.encode(digest));
    }

    private SignedClobOrder build(OrderVersion version, SignatureType type, String funder, String tokenId,
            OrderAmounts.Amounts amounts, OrderSide side, BigInteger salt, Long timestampMs, long expiration,
            String builderCode, long feeRateBps, long nonce, boolean negRisk) {
        if (version == OrderVersion.V1 && type == SignatureType.POLY_1271)
            throw new IllegalArgumentException("signature type POLY_1271 is not supported for V1 orders");
        String eoa = signer.address();
        String maker = funder == null ? eoa : requireAddress(funder, "funder");
        // A deposit wallet signs as itself (EIP-1271); every other type names the EOA.
        String orderSigner = type == SignatureType.POLY_1271 ? maker : eoa;
        long nowMs = clock.millis();
        BigInteger orderSalt = salt != null ? salt : BigInteger.valueOf(random.nextLong(1, Math.max(2, nowMs)));
        BigInteger token = parseTokenId(tokenId);
        ClobOrder order = version == OrderVersion.V1
                ? new ClobOrder(version, orderSalt, maker, orderSigner, ClobOrder.ZERO_ADDRESS, token,
                        amounts.makerAmount(), amounts.takerAmount(), side, type, null, null, null,
                        BigInteger.valueOf(expiration), BigInteger.valueOf(nonce), BigInteger.valueOf(feeRateBps))
                : new ClobOrder(version, orderSalt, maker, orderSigner, null, token,
                        amounts.makerAmount(), amounts.takerAmount(), side, type,
                        BigInteger.valueOf(timestampMs != null ? timestampMs : nowMs), ClobOrder.ZERO_BYTES32,
                        builderCode == null ? ClobOrder.ZERO_BYTES32 : requireBytes32(builderCode),
                        BigInteger.valueOf(expiration), null, null);
        return sign(order, negRisk);
    }

    private static void checkPrice(BigDecimal price, BigDecimal tickSize) {
        if (price.compareTo(tickSize) < 0 || price.compareTo(BigDecimal.ONE.subtract(tickSize)) > 0)
            throw new IllegalArgumentException("invalid price (" + price.toPlainString() + "), min: "
                    + tickSize.toPlainString() + " - max: " + BigDecimal.ONE.subtract(tickSize).toPlainString());
        if (price.remainder(tickSize).signum() != 0)
            throw new IllegalArgumentException("price " + price.toPlainString() + " is not on the tick grid "
                    + tickSize.toPlainString());
    }

    private static BigInteger parseTokenId(String tokenId) {
        try {
            BigInteger v = new BigInteger(tokenId);
            if (v.signum() < 0) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("tokenId must be a decimal uint256, was '" + Hex.abbreviate(tokenId) + "'");
        }
    }

    private static String requireAddress(String address, String what) {
        Hex.decode(address, 20, what);
        return address;
    }

    private static String requireBytes32(String hex) {
        Hex.decode(hex, 32, "builder code");
        return hex;
    }
}
