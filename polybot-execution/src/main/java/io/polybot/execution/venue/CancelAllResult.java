package io.polybot.execution.venue;

import io.polybot.core.order.OrderHash;

import java.util.Map;
import java.util.Set;

/**
 * The venue's answer to cancel-all: the orders it cancelled, and those it did not with its reason
 * ("Order already matched"): these may have filled and are left for the reconciler.
 */
public record CancelAllResult(Set<OrderHash> cancelled, Map<OrderHash, String> notCancelled) {
    public CancelAllResult {
        cancelled = Set.copyOf(cancelled);
        notCancelled = Map.copyOf(notCancelled);
    }
}
