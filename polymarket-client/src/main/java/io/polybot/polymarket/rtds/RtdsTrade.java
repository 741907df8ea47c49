package io.polybot.polymarket.rtds;

import io.polybot.polymarket.internal.Json;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One trade by any wallet from the RTDS {@code activity/trades} topic (PROTOCOL §5.5).
 *
 * <p>{@code proxyWallet} is the trader's profile address as sent (mixed case);
 * {@code timestamp} is the trade time in Unix seconds; {@code outcomeIndex} is -1 when absent;
 * {@code fee} is null when the venue did not send one. Display fields are "" when absent.
 */
public record RtdsTrade(
        String proxyWallet,
        String side,
        String asset,
        String conditionId,
        BigDecimal size,
        BigDecimal price,
        long timestamp,
        String outcome,
        int outcomeIndex,
        String title,
        String slug,
        String eventSlug,
        String transactionHash,
        BigDecimal fee) {

    public RtdsTrade {
        Objects.requireNonNull(proxyWallet, "proxyWallet");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(conditionId, "conditionId");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(transactionHash, "transactionHash");
        if (!side.equals("BUY") && !side.equals("SELL"))
            throw new IllegalArgumentException("RTDS trade: side must be BUY or SELL, was '" + side + "'");
        // Numbers like 1030.92 and 1030.920 must compare equal.
        size = size.stripTrailingZeros();
        price = price.stripTrailingZeros();
        if (fee != null) fee = fee.stripTrailingZeros();
    }

    /** Reads the {@code payload} object of an activity/trades message. */
    public static RtdsTrade fromPayload(JsonNode p) {
        String what = "RTDS trade payload";
        Json.requireObject(p, what);
        JsonNode index = p.get("outcomeIndex");
        return new RtdsTrade(
                Json.text(p, "proxyWallet", what),
                Json.text(p, "side", what),
                Json.text(p, "asset", what),
                Json.text(p, "conditionId", what),
                Json.decimal(p, "size", what),
                Json.decimal(p, "price", what),
                Json.longValue(p, "timestamp", what),
                Json.optText(p, "outcome", ""),
                index == null || index.isNull() ? -1 : (int) Json.longValue(p, "outcomeIndex", what),
                Json.optText(p, "title", ""),
                Json.optText(p, "slug", ""),
                Json.optText(p, "eventSlug", ""),
                Json.text(p, "transactionHash", what),
                Json.optDecimal(p, "fee", what));
    }
}
