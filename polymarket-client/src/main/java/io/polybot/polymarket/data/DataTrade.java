package io.polybot.polymarket.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One fill as the Data API {@code /trades} reports it, seen from {@code proxyWallet}'s side.
 *
 * <p>{@code asset} (token id) and {@code conditionId} are always served by the live API but
 * absent from some trimmed captures, so they may be null; the other nullable fields are
 * display data. {@code outcomeIndex} is null when absent or 999 ("unknown" in the v2 surface).
 *
 * @param size shares
 * @param price USD per share
 */
public record DataTrade(String proxyWallet, TradeSide side, String asset, String conditionId, BigDecimal size,
        BigDecimal price, Instant timestamp, String transactionHash, String outcome, Integer outcomeIndex,
        String title, String slug, String eventSlug, String name, String pseudonym) {
    public DataTrade {
        Objects.requireNonNull(proxyWallet, "proxyWallet");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** Price times size. */
    public BigDecimal notional() {
        return price.multiply(size);
    }
}
