package io.polybot.strategy.intelligence.scoring;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;

import java.time.Instant;
import java.util.Optional;

/** Where a token traded over time, for markouts. */
public interface PriceHistory {
    PriceHistory NONE = (token, after, atOrBefore) -> Optional.empty();

    /** The last traded price in (after, atOrBefore], if any print fell in that span. */
    Optional<Price> lastPrice(TokenId token, Instant after, Instant atOrBefore);
}
