package io.polybot.strategy;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;

import java.time.Instant;

/** Builders shared by the strategy tests: a whale, a minnow and their trades in one market. */
public final class StrategyFixtures {
    public static final Instant T = Instant.parse("2026-11-21T12:00:00Z");
    public static final WalletAddress WHALE = new WalletAddress("0x" + "a1".repeat(20));
    public static final WalletAddress MINNOW = new WalletAddress("0x" + "b2".repeat(20));

    private StrategyFixtures() {}

    public static WalletTrade trade(WalletAddress wallet, Side side, String price, String size) {
        return new WalletTrade(null, wallet, new ConditionId("0x" + "cd".repeat(32)), new TokenId("777"), "Yes", side,
                Price.of(price), Size.of(size), T, T, "0x" + "ee".repeat(32), 0, "rtds");
    }
}
