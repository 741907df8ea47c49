package io.polybot.sim.matching;

import java.util.List;
import java.util.Map;

/** The venue's cancel answer: ids cancelled, and for the others the reason. */
public record CancelResult(List<String> canceled, Map<String, String> notCanceled) {
    public CancelResult {
        canceled = List.copyOf(canceled);
        notCanceled = Map.copyOf(notCanceled);
    }
}
