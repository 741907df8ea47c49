package io.polybot.sim.rtds;

import io.polybot.core.json.Json;

/**
 * One RTDS message {@code {topic, type, timestamp, connection_id, payload}} serialised once for every
 * subscriber: only {@code connection_id} differs between connections, so it is spliced between a
 * shared head and tail instead of writing the whole frame (and its payload) again per connection.
 */
final class TradeFrame {
    private final String head;
    private final String tail;

    TradeFrame(String topic, String type, long timestamp, Object payload) {
        head = "{\"topic\":" + Json.write(topic) + ",\"type\":" + Json.write(type) + ",\"timestamp\":" + timestamp + ",\"connection_id\":";
        tail = ",\"payload\":" + Json.write(payload) + "}";
    }

    /** The JSON string literal of a connection id, computed once per connection. */
    static String quoted(String connectionId) { return Json.write(connectionId); }

    /** The frame text for the connection whose quoted id is {@code quotedConnectionId}. */
    String to(String quotedConnectionId) { return head + quotedConnectionId + tail; }
}
