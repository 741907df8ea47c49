package io.polybot.polymarket.rpc;

/** Polymarket contract addresses on Polygon mainnet (PROTOCOL §7.1, vectors/onchain_constants.json). */
public final class PolygonContracts {
    public static final String CTF_EXCHANGE_V2 = "0xE111180000d2663C0091e4f400237545B87B996B";
    public static final String NEG_RISK_CTF_EXCHANGE_V2 = "0xe2222d279d744050d28e00520010520000310F59";
    public static final String EXCHANGE_V3 = "0xe3333700cA9d93003F00f0F71f8515005F6c00Aa";
    public static final String CTF_EXCHANGE_V1 = "0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E";
    public static final String NEG_RISK_CTF_EXCHANGE_V1 = "0xC5d563A36AE78145C45a50134d48A1215220f80a";
    /** Conditional Tokens (ERC-1155): outcome-token balances. */
    public static final String CONDITIONAL_TOKENS = "0x4D97DCd97eC945f40cF65F87097ACe5EA0476045";
    /** pUSD, the CLOB V2 collateral (ERC-20, 6 decimals). */
    public static final String PUSD = "0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB";
    /** USDC.e, the V1 collateral (ERC-20, 6 decimals). */
    public static final String USDC_E = "0x2791Bca1f2de4661ED88A30C99A7a9449Aa84174";

    private PolygonContracts() {}
}
