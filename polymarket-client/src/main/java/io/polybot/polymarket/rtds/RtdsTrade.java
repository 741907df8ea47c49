package io.polybot.polymarket.rtds;

import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.StreamingJson;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.core.JsonParser;
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

    /** The raw payload fields of one message, collected by the streaming parser in any order. */
    static final class Fields {
        private static final String WHAT = "RTDS trade payload";
        String proxyWallet, side, asset, conditionId, size, price, timestamp, outcome, outcomeIndex;
        String title, slug, eventSlug, transactionHash, fee;

        /** Reads the payload object (the parser is on its START_OBJECT). */
        static Fields read(JsonParser p) {
            Fields f = new Fields();
            String name;
            while ((name = p.nextName()) != null) {
                p.nextToken();
                switch (name) {
                    case "proxyWallet" -> f.proxyWallet = StreamingJson.scalar(p);
                    case "side" -> f.side = StreamingJson.scalar(p);
                    case "asset" -> f.asset = StreamingJson.scalar(p);
                    case "conditionId" -> f.conditionId = StreamingJson.scalar(p);
                    case "size" -> f.size = StreamingJson.scalar(p);
                    case "price" -> f.price = StreamingJson.scalar(p);
                    case "timestamp" -> f.timestamp = StreamingJson.scalar(p);
                    case "outcome" -> f.outcome = StreamingJson.scalar(p);
                    case "outcomeIndex" -> f.outcomeIndex = StreamingJson.scalar(p);
                    case "title" -> f.title = StreamingJson.scalar(p);
                    case "slug" -> f.slug = StreamingJson.scalar(p);
                    case "eventSlug" -> f.eventSlug = StreamingJson.scalar(p);
                    case "transactionHash" -> f.transactionHash = StreamingJson.scalar(p);
                    case "fee" -> f.fee = StreamingJson.scalar(p);
                    default -> p.skipChildren();
                }
            }
            return f;
        }

        RtdsTrade toTrade() {
            return new RtdsTrade(present(proxyWallet, "proxyWallet"), present(side, "side"), present(asset, "asset"),
                    present(conditionId, "conditionId"), StreamingJson.requiredDecimal(size, "size", WHAT),
                    StreamingJson.requiredDecimal(price, "price", WHAT), StreamingJson.requiredLong(timestamp, "timestamp", WHAT),
                    orEmpty(outcome), (int) StreamingJson.longValue(outcomeIndex, "outcomeIndex", WHAT, -1), orEmpty(title),
                    orEmpty(slug), orEmpty(eventSlug), present(transactionHash, "transactionHash"),
                    StreamingJson.decimal(fee, "fee", WHAT));
        }

        // Present and not null, as the tree reader required; "" is kept as sent.
        private static String present(String text, String field) {
            if (text == null) throw StreamingJson.missing(field, WHAT);
            return text;
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
