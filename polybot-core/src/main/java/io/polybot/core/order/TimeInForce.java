package io.polybot.core.order;

/** Polymarket order types: resting (GTC, GTD) or immediate (FOK, FAK). */
public enum TimeInForce {
    GTC, GTD, FOK, FAK;

    public boolean immediate() { return this == FOK || this == FAK; }
}
