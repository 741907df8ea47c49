package io.polybot.polymarket.rtds;

import io.polybot.polymarket.internal.StreamingJson;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Parser of RTDS text frames: envelopes {@code {topic, type, timestamp, payload, connection_id}},
 * one object or an array of them, read in one streaming pass (no tree) because the activity
 * topic carries every trade on the venue. The payload may come before {@code topic}, so it is
 * always read into raw fields and kept only for activity/trades.
 */
public final class RtdsMessages {
    public static final String SUBSCRIBE_ACTIVITY_TRADES =
            "{\"action\":\"subscribe\",\"subscriptions\":[{\"topic\":\"activity\",\"type\":\"trades\"}]}";
    private static final String WHAT = "RTDS message";

    private RtdsMessages() {}

    /**
     * The activity/trades in one frame; other topics, keep-alive texts and envelopes without a
     * topic give an empty list. Throws {@link IllegalArgumentException} for malformed JSON or a
     * trade missing a required field.
     */
    public static List<RtdsTrade> parseTrades(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("pong") || text.equalsIgnoreCase("ping")) return List.of();
        List<RtdsTrade> trades = new ArrayList<>(1);
        StreamingJson.readObjects(text, WHAT, p -> {
            envelope(p, trades);
            return true;
        });
        return trades;
    }

    private static void envelope(JsonParser p, List<RtdsTrade> out) {
        String topic = null;
        String type = null;
        RtdsTrade.Fields payload = null;
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "topic" -> topic = StreamingJson.scalar(p);
                case "type" -> type = StreamingJson.scalar(p);
                case "payload" -> payload = t == JsonToken.START_OBJECT ? RtdsTrade.Fields.read(p) : skip(p);
                default -> p.skipChildren();
            }
        }
        if (!"activity".equals(topic) || !"trades".equals(type)) return;
        if (payload == null) throw StreamingJson.missing("payload", "RTDS activity/trades message");
        out.add(payload.toTrade());
    }

    private static RtdsTrade.Fields skip(JsonParser p) {
        p.skipChildren();
        return null;
    }
}
