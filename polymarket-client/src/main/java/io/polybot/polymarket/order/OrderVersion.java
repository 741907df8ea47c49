package io.polybot.polymarket.order;

/**
 * Polymarket order encoding version (PROTOCOL §3.1).
 *
 * <p>V1 is the legacy CTF Exchange (rejected by production since 2026-04-28, kept for old
 * recordings), V2 the CLOB V2 exchanges for CTF markets, V3 ExchangeV3 for Protocol V2 markets.
 */
public enum OrderVersion {
    V1("1"),
    V2("2"),
    V3("3");

    private final String domainVersion;

    OrderVersion(String domainVersion) {
        this.domainVersion = domainVersion;
    }

    /** The EIP-712 domain {@code version} string. */
    public String domainVersion() {
        return domainVersion;
    }

    /** The version number as used by {@code GET /version} (1, 2 or 3). */
    public int number() {
        return ordinal() + 1;
    }

    public static OrderVersion ofNumber(int number) {
        return switch (number) {
            case 1 -> V1;
            case 2 -> V2;
            case 3 -> V3;
            default -> throw new IllegalArgumentException("unknown order version " + number);
        };
    }
}
