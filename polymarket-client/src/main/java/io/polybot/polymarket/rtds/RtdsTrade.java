package io.polybot.polymarket.rtds;

import io.polybot.polymarket.internal.FieldNames;
import io.polybot.polymarket.internal.Json;
import io.polybot.polymarket.internal.JsonCursor;
import io.polybot.polymarket.internal.StreamingJson;
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

    /** The raw payload fields of one message, collected by the streaming parser in any order. */
    static final class Fields {
        private static final String WHAT = "RTDS trade payload";

        // The payload members read; any other member is skipped unread.
        private enum Field {
            PROXY_WALLET("proxyWallet"), SIDE("side"), ASSET("asset"), CONDITION_ID("conditionId"), SIZE("size"),
            PRICE("price"), TIMESTAMP("timestamp"), OUTCOME("outcome"), OUTCOME_INDEX("outcomeIndex"), TITLE("title"),
            SLUG("slug"), EVENT_SLUG("eventSlug"), TRANSACTION_HASH("transactionHash"), FEE("fee");

            private final String json;

            Field(String json) {
                this.json = json;
            }
        }

        private static final FieldNames<Field> FIELDS = FieldNames.of(Field.class, f -> f.json);

        String proxyWallet, side, asset, conditionId, size, price, timestamp, outcome, outcomeIndex;
        String title, slug, eventSlug, transactionHash, fee;

        /** Reads the payload object (the cursor is past its opening brace). */
        static Fields read(JsonCursor c) {
            Fields f = new Fields();
            Field field;
            while ((field = c.nextField(FIELDS)) != null) {
                switch (field) {
                    case PROXY_WALLET -> f.proxyWallet = c.scalar();
                    case SIDE -> f.side = c.scalar();
                    case ASSET -> f.asset = c.scalar();
                    case CONDITION_ID -> f.conditionId = c.scalar();
                    case SIZE -> f.size = c.scalar();
                    case PRICE -> f.price = c.scalar();
                    case TIMESTAMP -> f.timestamp = c.scalar();
                    case OUTCOME -> f.outcome = c.scalar();
                    case OUTCOME_INDEX -> f.outcomeIndex = c.scalar();
                    case TITLE -> f.title = c.scalar();
                    case SLUG -> f.slug = c.scalar();
                    case EVENT_SLUG -> f.eventSlug = c.scalar();
                    case TRANSACTION_HASH -> f.transactionHash = c.scalar();
                    case FEE -> f.fee = c.scalar();
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
