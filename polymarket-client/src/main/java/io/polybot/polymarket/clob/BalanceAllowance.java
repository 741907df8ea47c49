package io.polybot.polymarket.clob;

import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;

/**
 * The venue's cached on-chain balance and allowances of this account, in base units
 * (6 decimals: 1,000,000 = 1 pUSD or 1 share), with allowances per spender contract.
 */
public record BalanceAllowance(BigInteger balance, Map<String, BigInteger> allowances) {
    public BalanceAllowance {
        Objects.requireNonNull(balance, "balance");
        allowances = Map.copyOf(allowances);
    }
}
