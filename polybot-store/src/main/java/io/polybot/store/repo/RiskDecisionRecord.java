package io.polybot.store.repo;

import io.polybot.core.signal.SignalId;

import java.time.Instant;
import java.util.Map;

/**
 * One decision of the risk engine on a signal, as stored.
 *
 * @param code    stable reason code (e.g. {@code POSITION_CAP}); may be null for an approval
 * @param figures the numbers the decision was based on (caps, equity, slippage), as text
 */
public record RiskDecisionRecord(SignalId signalId, boolean approved, String code, String detail,
                                 Map<String, String> figures, Instant decidedAt) {
    public RiskDecisionRecord {
        if (signalId == null || decidedAt == null) throw new IllegalArgumentException("risk decision needs a signal id and decidedAt");
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }
}
