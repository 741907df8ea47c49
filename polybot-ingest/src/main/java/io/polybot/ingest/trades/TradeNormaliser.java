package io.polybot.ingest.trades;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.polymarket.rtds.RtdsTrade;

import java.time.Instant;
import java.util.Locale;

/** Turns a feed's trade into Polybot's {@link WalletTrade}, validating every field on the way. */
public final class TradeNormaliser {
    private final OccurrenceCounter occurrences = new OccurrenceCounter(100_000);

    /** Throws {@link IllegalArgumentException} with the reason when the trade is not usable. */
    public WalletTrade fromRtds(RtdsTrade trade, Instant receivedAt) {
        WalletAddress wallet = new WalletAddress(trade.proxyWallet());
        TokenId token = new TokenId(trade.asset());
        Side side = Side.valueOf(trade.side().toUpperCase(Locale.ROOT));
        Price price = new Price(trade.price());
        Size size = new Size(trade.size());
        if (size.isZero()) throw new IllegalArgumentException("trade size is zero");
        Instant eventTime = Instant.ofEpochSecond(trade.timestamp());
        String txHash = trade.transactionHash() == null ? "" : trade.transactionHash().toLowerCase(Locale.ROOT);
        String contentKey = String.join("|", wallet.value(), token.value(), side.name(), price.toString(), size.toString(),
                Long.toString(trade.timestamp()), txHash);
        int occurrence = occurrences.next(contentKey);
        return new WalletTrade(null, wallet, new ConditionId(trade.conditionId()), token, trade.outcome(), side, price, size,
                eventTime, receivedAt, txHash, occurrence, "rtds");
    }
}
