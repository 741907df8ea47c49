package io.polybot.core.signal;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Side;
import io.polybot.core.market.TokenId;
import io.polybot.core.money.Price;
import io.polybot.core.money.Usd;

import java.time.Instant;
import java.util.Map;

/**
 * A strategy's wish to take a position. Strategies never size against risk or talk to the
 * venue: execution decides whether, how much and how.
 *
 * @param referencePrice the price the strategy saw (e.g. the whale's fill price)
 * @param triggerNotional the notional that triggered it (e.g. the whale's trade), for proportional sizing
 * @param provenance why: triggering trade ids, wallet, figures; shown on the dashboard
 */
public record Signal(SignalId id, String strategy, ConditionId market, TokenId token, String outcome, Side side,
                     Price referencePrice, Usd triggerNotional, String reason, Map<String, String> provenance,
                     Instant createdAt) {
    public Signal {
        if (id == null || strategy == null || market == null || token == null || side == null || referencePrice == null || createdAt == null)
            throw new IllegalArgumentException("signal is missing a required field");
        provenance = provenance == null ? Map.of() : Map.copyOf(provenance);
    }
}
