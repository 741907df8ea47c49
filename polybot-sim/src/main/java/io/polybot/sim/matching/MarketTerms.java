package io.polybot.sim.matching;

/**
 * Per-market settings beyond tick and size: the taker fee, and the order version the venue accepts
 * for it (1 legacy CTF exchange, 2 CLOB V2, 3 ExchangeV3 for Protocol-V2 markets; PROTOCOL §3.1).
 */
public record MarketTerms(FeeSchedule fees, int orderVersion) {
    /** No fee, version 2: what the engine assumes for a market nobody configured. */
    public static final MarketTerms DEFAULT = new MarketTerms(FeeSchedule.NONE, 2);

    public MarketTerms {
        if (fees == null) throw new IllegalArgumentException("fees are required");
        if (orderVersion < 1 || orderVersion > 3) throw new IllegalArgumentException("order version must be 1, 2 or 3, was " + orderVersion);
    }

    public MarketTerms withFees(FeeSchedule newFees) { return new MarketTerms(newFees, orderVersion); }

    public MarketTerms withOrderVersion(int version) { return new MarketTerms(fees, version); }
}
