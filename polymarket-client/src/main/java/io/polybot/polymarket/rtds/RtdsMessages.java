package io.polybot.polymarket.rtds;

import io.polybot.polymarket.internal.FieldNames;
import io.polybot.polymarket.internal.JsonCursor;
import io.polybot.polymarket.internal.StreamingJson;
import java.util.ArrayList;
import java.util.List;

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

    private enum Field { TOPIC, TYPE, PAYLOAD }

    private static final FieldNames<Field> FIELDS = FieldNames.lowerCase(Field.class);

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
        StreamingJson.readObjects(text, WHAT, c -> {
            envelope(c, trades);
            return true;
        });
        return trades;
    }

    private static void envelope(JsonCursor c, List<RtdsTrade> out) {
        String topic = null;
        String type = null;
        RtdsTrade.Fields payload = null;
        Field field;
        while ((field = c.nextField(FIELDS)) != null) {
            switch (field) {
                case TOPIC -> topic = c.scalar();
                case TYPE -> type = c.scalar();
                case PAYLOAD -> payload = c.atObject() ? payload(c) : skip(c);
            }
        }
        if (!"activity".equals(topic) || !"trades".equals(type)) return;
        if (payload == null) throw StreamingJson.missing("payload", "RTDS activity/trades message");
        out.add(payload.toTrade());
    }

    private static RtdsTrade.Fields payload(JsonCursor c) {
        c.beginObject();
        return RtdsTrade.Fields.read(c);
    }

    private static RtdsTrade.Fields skip(JsonCursor c) {
        c.skipValue();
        return null;
    }
}
