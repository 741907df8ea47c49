package io.polybot.polymarket.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A closed position from {@code /closed-positions}: what a wallet bought of one token and realised. */
public record ClosedPosition(String proxyWallet, String asset, String conditionId, BigDecimal avgPrice,
        BigDecimal totalBought, BigDecimal realizedPnl, BigDecimal curPrice, Instant timestamp, String outcome,
        Integer outcomeIndex, String title, String slug, String eventSlug, String endDate) {
    public ClosedPosition {
        Objects.requireNonNull(proxyWallet, "proxyWallet");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(realizedPnl, "realizedPnl");
    }
}
