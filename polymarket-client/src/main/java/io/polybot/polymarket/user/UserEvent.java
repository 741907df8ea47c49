package io.polybot.polymarket.user;

import java.time.Instant;

/** One event of the CLOB user channel: an {@link OrderEvent} or a {@link TradeEvent}. */
public sealed interface UserEvent permits OrderEvent, TradeEvent {
    /** The market's condition id. */
    String market();

    /** The venue's timestamp (null when not sent). */
    Instant eventTime();
}
