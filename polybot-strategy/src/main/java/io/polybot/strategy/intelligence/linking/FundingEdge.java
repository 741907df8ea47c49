package io.polybot.strategy.intelligence.linking;

import io.polybot.core.wallet.WalletAddress;

/** On-chain evidence that {@code funder} sent the first collateral (or gas) to {@code funded}. */
public record FundingEdge(WalletAddress funder, WalletAddress funded) {
    public FundingEdge {
        if (funder == null || funded == null) throw new IllegalArgumentException("funding edge needs both wallets");
    }
}
