package io.polybot.ingest.trades;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Size;
import io.polybot.core.wallet.WalletAddress;
import io.polybot.core.wallet.WalletTrade;
import io.polybot.polymarket.data.DataTrade;
import io.polybot.polymarket.rtds.RtdsTrade;

import java.time.Instant;
import java.util.Locale;

/**
 * Turns a feed's trade into Polybot's {@link WalletTrade}, validating every field on the way. RTDS
 * and Data API rows of the same fill get the same id (content plus occurrence), so whichever feed
 * delivers it, it is stored once.
 */
public final class TradeNormaliser {
    private final OccurrenceCounter occurrences = new OccurrenceCounter(100_000);

    /** Throws {@link IllegalArgumentException} with the reason when the trade is not usable. */
    public WalletTrade fromRtds(RtdsTrade trade, Instant receivedAt) {
        return normalise(trade.proxyWallet(), trade.asset(), trade.conditionId(), trade.outcome(), trade.side(), trade.price(),
                trade.size(), trade.timestamp(), trade.transactionHash(), receivedAt, "rtds", occurrences);
    }

    /**
     * A Data API {@code /trades} row. Occurrences are counted in {@code batch}, one per response: the
     * live feed's counter has seen other fills, and identical fills of one transaction arrive together.
     */
    public static WalletTrade fromDataApi(DataTrade trade, Instant receivedAt, Batch batch) {
        if (trade.asset() == null || trade.conditionId() == null) throw new IllegalArgumentException("Data API row without asset or condition id");
        return normalise(trade.proxyWallet(), trade.asset(), trade.conditionId(), trade.outcome(), trade.side().name(), trade.price(),
                trade.size(), trade.timestamp().getEpochSecond(), trade.transactionHash(), receivedAt, "data-api", batch.counter);
    }

    /** Occurrence numbering for one batch of rows (one Data API answer). */
    public static final class Batch {
        private final OccurrenceCounter counter = new OccurrenceCounter(Integer.MAX_VALUE);
    }

    private static WalletTrade normalise(String proxyWallet, String asset, String conditionId, String outcome, String sideText,
                                         java.math.BigDecimal rawPrice, java.math.BigDecimal rawSize, long timestamp, String transactionHash,
                                         Instant receivedAt, String source, OccurrenceCounter occurrences) {
        WalletAddress wallet = new WalletAddress(proxyWallet);
        TokenId token = new TokenId(asset);
        Side side = Side.valueOf(sideText.toUpperCase(Locale.ROOT));
        Price price = new Price(rawPrice);
        Size size = new Size(rawSize);
        if (size.isZero()) throw new IllegalArgumentException("trade size is zero");
        Instant eventTime = Instant.ofEpochSecond(timestamp);
        String txHash = transactionHash == null ? "" : transactionHash.toLowerCase(Locale.ROOT);
        String contentKey = String.join("|", wallet.value(), token.value(), side.name(), price.toString(), size.toString(),
                Long.toString(timestamp), txHash);
        int occurrence = occurrences.next(contentKey);
        return new WalletTrade(null, wallet, new ConditionId(conditionId), token, outcome, side, price, size,
                eventTime, receivedAt, txHash, occurrence, source);
    }
}
