package io.polybot.sim.funding;

import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A collateral transfer into a trading wallet, as a chain explorer shows it: who sent how much,
 * when, in which transaction. Public evidence (not truth): linked wallets share a sender, but so
 * do unrelated wallets funded from the same exchange hot wallet.
 */
public record FundingTransfer(WalletAddress from, WalletAddress to, BigDecimal amount, Instant time, String transactionHash) {
    public FundingTransfer {
        if (from == null || to == null || time == null || transactionHash == null) throw new IllegalArgumentException("transfer is missing a field");
        if (amount.signum() <= 0) throw new IllegalArgumentException("transfer amount must be > 0, was " + amount);
    }
}
