package io.polybot.polymarket.clob;

import java.util.List;
import java.util.Map;

/** The venue's answer to a cancel: ids cancelled, and the others with the reason. */
public record CancelResult(List<String> canceled, Map<String, String> notCanceled) {
    public CancelResult {
        canceled = List.copyOf(canceled);
        notCanceled = Map.copyOf(notCanceled);
    }
}
