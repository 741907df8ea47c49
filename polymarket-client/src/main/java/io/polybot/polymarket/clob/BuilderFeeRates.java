package io.polybot.polymarket.clob;

import java.math.BigDecimal;
import java.util.Objects;

/** A builder code's fee rates from {@code GET /fees/builder-fees/{builderCode}}, in basis points. */
public record BuilderFeeRates(BigDecimal makerFeeRateBps, BigDecimal takerFeeRateBps) {
    public BuilderFeeRates {
        makerFeeRateBps = Objects.requireNonNull(makerFeeRateBps, "makerFeeRateBps").stripTrailingZeros();
        takerFeeRateBps = Objects.requireNonNull(takerFeeRateBps, "takerFeeRateBps").stripTrailingZeros();
    }
}
