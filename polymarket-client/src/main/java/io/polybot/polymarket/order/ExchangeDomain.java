package io.polybot.polymarket.order;

import io.polybot.polymarket.crypto.Eip712;
import java.util.Objects;

/** The EIP-712 domain of a Polymarket exchange contract (PROTOCOL §3.1). */
public record ExchangeDomain(String name, String version, long chainId, String verifyingContract) {
    public static final String NAME = "Polymarket CTF Exchange";
    public static final long POLYGON = 137;
    public static final long AMOY = 80002;

    private static final byte[] DOMAIN_TYPE_HASH =
            Eip712.keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    public ExchangeDomain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(verifyingContract, "verifyingContract");
    }

    /**
     * The domain an order of {@code version} must be signed under. Versions 1 and 2 use the
     * neg-risk exchange for neg-risk markets; version 3 has one exchange for both.
     */
    public static ExchangeDomain forOrder(OrderVersion version, long chainId, boolean negRisk) {
        String contract = switch (version) {
            case V1 -> {
                if (negRisk) yield "0xC5d563A36AE78145C45a50134d48A1215220f80a";
                yield chainId == AMOY ? "0xdFE02Eb6733538f8Ea35D585af8DE5958AD99E40"
                        : "0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E";
            }
            case V2 -> negRisk ? "0xe2222d279d744050d28e00520010520000310F59"
                    : "0xE111180000d2663C0091e4f400237545B87B996B";
            case V3 -> chainId == AMOY ? "0x9fE6e61422AdB6F610d8597F9684b16912D50C3D"
                    : "0xe3333700cA9d93003F00f0F71f8515005F6c00Aa";
        };
        if (chainId != POLYGON && chainId != AMOY)
            throw new IllegalArgumentException("unsupported chain id " + chainId + " (expected 137 or 80002)");
        return new ExchangeDomain(NAME, version.domainVersion(), chainId, contract);
    }

    /** hashStruct(EIP712Domain) of this domain. */
    public byte[] separator() {
        return Eip712.encoder()
                .word(DOMAIN_TYPE_HASH)
                .string(name)
                .string(version)
                .uint(chainId)
                .address(verifyingContract)
                .hash();
    }
}
