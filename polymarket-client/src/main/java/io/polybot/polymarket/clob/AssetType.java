package io.polybot.polymarket.clob;

/** What {@code /balance-allowance} is asked about: collateral (pUSD) or an outcome token. */
public enum AssetType {
    COLLATERAL("COLLATERAL"),
    CONDITIONAL("CONDITIONAL"),
    /** Protocol V2 position ids. */
    CONDITIONAL_V2("CONDITIONAL-V2");

    private final String wire;

    AssetType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
