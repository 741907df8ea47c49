package io.polybot.strategy.intelligence;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Wallets, binary markets (YES token = 10n+1, NO token = 10n+2) and trades for the intelligence tests. */
public final class IntelligenceFixtures {
    public static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

    private IntelligenceFixtures() {}

    public static WalletAddress wallet(int n) { return new WalletAddress("0x" + String.format("%040x", n)); }

    public static ConditionId market(int n) { return new ConditionId("0x" + String.format("%064x", n)); }

    public static TokenId yes(int market) { return new TokenId(Integer.toString(market * 10 + 1)); }

    public static TokenId no(int market) { return new TokenId(Integer.toString(market * 10 + 2)); }

    public static Instant at(Duration offset) { return T0.plus(offset); }

    public static Instant seconds(long s) { return T0.plusSeconds(s); }

    /** Market n, open, in the given event and category. */
    public static Market open(int n, String event, String category) {
        return new Market(market(n), "Q" + n, "m" + n, event, category,
                List.of(new OutcomeToken(yes(n), "Yes", 0), new OutcomeToken(no(n), "No", 1)),
                new BigDecimal("0.01"), new BigDecimal("5"), false, T0.plus(Duration.ofDays(30)), MarketStatus.OPEN, null);
    }

    /** Market n, resolved with {@code winner} (yes(n) or no(n)) winning. */
    public static Market resolved(int n, String event, TokenId winner) {
        return open(n, event, "politics").withStatus(MarketStatus.RESOLVED, winner);
    }

    /** A trade of {@code wallet} in market n's token (YES if {@code yes}, else NO). */
    public static WalletTrade trade(WalletAddress wallet, int market, boolean yes, Side side, String price, String size, Instant at) {
        return new WalletTrade(null, wallet, market(market), yes ? yes(market) : no(market), yes ? "Yes" : "No", side,
                Price.of(price), Size.of(size), at, at, null, 0, "test");
    }

    public static WalletTrade buyYes(WalletAddress wallet, int market, String price, String size, Instant at) {
        return trade(wallet, market, true, Side.BUY, price, size, at);
    }

    public static WalletTrade sellYes(WalletAddress wallet, int market, String price, String size, Instant at) {
        return trade(wallet, market, true, Side.SELL, price, size, at);
    }
}
