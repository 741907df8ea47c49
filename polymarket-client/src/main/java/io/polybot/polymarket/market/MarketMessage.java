package io.polybot.polymarket.market;

import java.time.Instant;

/**
 * One message of the CLOB market channel, by {@code event_type}. {@code eventTime} is the
 * venue's timestamp (null when the venue sent none).
 */
public sealed interface MarketMessage
        permits Book, PriceChange, LastTradePrice, TickSizeChange, BestBidAsk, NewMarket, MarketResolved {
    /** The market's condition id ("" when the venue did not send it). */
    String market();

    Instant eventTime();
}
