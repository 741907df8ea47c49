package io.polybot.polymarket.clob;

import java.util.Objects;

/**
 * The venue's live-activity widget data for one market ({@code /markets/live-activity}), kept
 * as the JSON served: its fields are not documented (PROTOCOL §4.1 "minimal widget data") and
 * Polybot does not trade on them.
 */
public record LiveActivity(String conditionId, String json) {
    public LiveActivity {
        Objects.requireNonNull(json, "json");
    }
}
