package io.polybot.sim.replay;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.wallet.WalletAddress;

import java.math.BigDecimal;
import java.time.Instant;

/** One recorded trade of the MLB file: who bought or sold which outcome, how much, at what price, when. */
record RecordedTrade(WalletAddress wallet, ConditionId market, TokenId token, String outcome, Side side, BigDecimal size,
                     BigDecimal price, Instant time, String transactionHash, String slug) {}
