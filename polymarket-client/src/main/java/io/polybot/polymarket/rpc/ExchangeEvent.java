package io.polybot.polymarket.rpc;

import java.math.BigInteger;

/**
 * A fill event of a Polymarket exchange contract, decoded from its log (PROTOCOL §7.2). Amounts
 * are base units (6 decimals). In V1 an asset id of 0 is collateral; V2 states {@code side}
 * (0 = BUY, 1 = SELL) and the outcome {@code tokenId} instead.
 */
public sealed interface ExchangeEvent {
    LogMeta meta();

    /** V1 {@code OrderFilled}: one order (maker's) filled against {@code taker}. */
    record OrderFilledV1(String orderHash, String maker, String taker, BigInteger makerAssetId, BigInteger takerAssetId,
            BigInteger makerAmountFilled, BigInteger takerAmountFilled, BigInteger fee, LogMeta meta) implements ExchangeEvent {}

    /** V1 {@code OrdersMatched}: the taker order of a match. */
    record OrdersMatchedV1(String takerOrderHash, String takerOrderMaker, BigInteger makerAssetId, BigInteger takerAssetId,
            BigInteger makerAmountFilled, BigInteger takerAmountFilled, LogMeta meta) implements ExchangeEvent {}

    /** V2 {@code OrderFilled} (also emitted by the V2 neg-risk exchange). */
    record OrderFilledV2(String orderHash, String maker, String taker, int side, BigInteger tokenId,
            BigInteger makerAmountFilled, BigInteger takerAmountFilled, BigInteger fee, String builder, String metadata,
            LogMeta meta) implements ExchangeEvent {}

    /** V2 {@code OrdersMatched}: the taker order of a match. */
    record OrdersMatchedV2(String takerOrderHash, String takerOrderMaker, int side, BigInteger tokenId,
            BigInteger makerAmountFilled, BigInteger takerAmountFilled, LogMeta meta) implements ExchangeEvent {}
}
