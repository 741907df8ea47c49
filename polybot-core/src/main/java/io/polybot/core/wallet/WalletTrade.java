package io.polybot.core.wallet;

import io.polybot.core.id.Ids;
import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;

import java.time.Instant;

/**
 * A trade by any wallet, as seen on a public feed (RTDS, Data API, chain logs).
 *
 * <p>One transaction can carry several identical fills, so the transaction hash is not a key:
 * {@link #id} is the content hash plus the occurrence number of that content.
 *
 * @param eventTime  when the venue executed it
 * @param receivedAt when we saw it
 * @param source     which feed delivered it ("rtds", "data-api", "chain")
 */
public record WalletTrade(String id, WalletAddress wallet, ConditionId market, TokenId token, String outcome,
                          Side side, Price price, Size size, Instant eventTime, Instant receivedAt,
                          String transactionHash, int occurrence, String source) {
    public WalletTrade {
        if (wallet == null || market == null || token == null || side == null || price == null || size == null || eventTime == null)
            throw new IllegalArgumentException("wallet trade is missing a required field");
        if (occurrence < 0) throw new IllegalArgumentException("occurrence must be >= 0");
        if (id == null) id = contentId(wallet, token, side, price, size, eventTime, transactionHash, occurrence);
    }

    /** Deterministic id: same fill from any source gives the same id. */
    public static String contentId(WalletAddress wallet, TokenId token, Side side, Price price, Size size,
                                   Instant eventTime, String transactionHash, int occurrence) {
        return Ids.hash("wallet-trade", wallet.value(), token.value(), side.name(), price.toString(), size.toString(),
                Long.toString(eventTime.getEpochSecond()), transactionHash == null ? "" : transactionHash, Integer.toString(occurrence));
    }

    public Usd notional() { return price.notional(size); }
}
