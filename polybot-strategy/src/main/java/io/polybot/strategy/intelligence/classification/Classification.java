package io.polybot.strategy.intelligence.classification;

/** A wallet's label with the evidence it rests on and the rule that decided it. */
public record Classification(WalletClass label, Evidence evidence, String reason) {
    public Classification {
        if (label == null || evidence == null || reason == null) throw new IllegalArgumentException("classification needs a label, evidence and a reason");
    }
}
