package io.polybot.execution.reconcile;

import java.time.Instant;
import java.util.List;

/**
 * One reconciliation run: what it put right from the venue's records (missed fills, orders the
 * venue finished or never took, redeemed positions) and what it could not explain.
 */
public record ReconciliationReport(Instant at, List<String> corrections, List<String> mismatches) {
    public ReconciliationReport {
        corrections = List.copyOf(corrections);
        mismatches = List.copyOf(mismatches);
    }

    public boolean clean() { return mismatches.isEmpty(); }
}
