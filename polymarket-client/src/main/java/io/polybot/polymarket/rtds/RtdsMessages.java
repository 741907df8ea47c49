package io.polybot.polymarket.rtds;

import io.polybot.polymarket.internal.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Parser of RTDS text frames: envelopes {@code {topic, type, timestamp, payload, connection_id}},
 * one object or an array of them.
 */
public final class RtdsMessages {
    public static final String SUBSCRIBE_ACTIVITY_TRADES =
            "{\"action\":\"subscribe\",\"subscriptions\":[{\"topic\":\"activity\",\"type\":\"trades\"}]}";

    private RtdsMessages() {}

    /**
     * The activity/trades in one frame; other topics, keep-alive texts and envelopes without a
     * topic give an empty list. Throws {@link IllegalArgumentException} for malformed JSON or a
     * trade missing a required field.
     */
    public static List<RtdsTrade> parseTrades(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("pong") || text.equalsIgnoreCase("ping")) return List.of();
        JsonNode root = Json.parse(text, "RTDS message");
        List<RtdsTrade> trades = new ArrayList<>(1);
        if (root.isArray()) {
            for (JsonNode envelope : root) collect(envelope, trades);
        } else {
            collect(root, trades);
        }
        return trades;
    }

    private static void collect(JsonNode envelope, List<RtdsTrade> out) {
        Json.requireObject(envelope, "RTDS message");
        if (!"activity".equals(Json.optText(envelope, "topic", "")) || !"trades".equals(Json.optText(envelope, "type", "")))
            return;
        out.add(RtdsTrade.fromPayload(Json.required(envelope, "payload", "RTDS activity/trades message")));
    }
}
