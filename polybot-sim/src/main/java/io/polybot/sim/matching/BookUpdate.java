package io.polybot.sim.matching;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The price levels one engine operation changed in one market, with each token's new touch: the
 * market channel's {@code price_change} (PROTOCOL §5.1).
 */
public record BookUpdate(ConditionId market, List<LevelChange> changes, Instant time) {
    public BookUpdate {
        changes = List.copyOf(changes);
    }

    /** {@code size} is the level's new total, zero when it emptied; side BUY is the bid side. */
    public record LevelChange(TokenId token, Side side, BigDecimal price, BigDecimal size,
                              Optional<BigDecimal> bestBid, Optional<BigDecimal> bestAsk) {}
}
