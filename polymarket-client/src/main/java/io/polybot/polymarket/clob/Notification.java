package io.polybot.polymarket.clob;

import java.time.Instant;
import java.util.Objects;

/**
 * A venue notification from {@code /notifications}: {@code type} 1 cancel, 2 fill, 3 market
 * registered, 4 resolved, 5 reward, 6 comment; {@code payloadJson} as served.
 */
public record Notification(String id, int type, String owner, String payloadJson, Instant timestamp) {
    public Notification {
        Objects.requireNonNull(id, "id");
    }
}
