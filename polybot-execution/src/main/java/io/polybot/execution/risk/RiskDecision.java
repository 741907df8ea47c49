package io.polybot.execution.risk;

import io.polybot.core.money.Price;
import io.polybot.core.money.Size;

import java.util.Map;

/** The risk engine's answer, with the figures it used (persisted and shown with the signal). */
public sealed interface RiskDecision {
    Map<String, String> figures();

    /** Go ahead with this size (never more than proposed) at no worse than this limit price. */
    record Approved(Size size, Price limitPrice, Map<String, String> figures) implements RiskDecision {
        public Approved { figures = Map.copyOf(figures); }
    }

    record Denied(DenyReason reason, String detail, Map<String, String> figures) implements RiskDecision {
        public Denied { figures = Map.copyOf(figures); }
    }
}
