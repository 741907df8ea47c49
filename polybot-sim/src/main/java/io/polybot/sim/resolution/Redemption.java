package io.polybot.sim.resolution;

import io.polybot.core.market.ConditionId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One wallet's redemption of a resolved market (a Data API {@code REDEEM} row): every share it held
 * of the market's outcomes burned, {@code payout} pUSD paid (its winning shares; 0 if it only held losers).
 */
public record Redemption(WalletAddress wallet, ConditionId market, BigDecimal shares, BigDecimal payout, Instant time,
                         String transactionHash) {}
