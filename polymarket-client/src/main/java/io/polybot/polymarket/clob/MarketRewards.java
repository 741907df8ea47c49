package io.polybot.polymarket.clob;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The reward terms of one market ({@code /rewards/markets/current} and
 * {@code /rewards/markets/{condition_id}}): resting orders within {@code maxSpread} of the
 * midpoint and of at least {@code minSize} shares earn the {@code configs}. Display fields are
 * null when the endpoint does not send them (the current list sends only the terms).
 */
public record MarketRewards(String conditionId, String question, String marketSlug, String eventSlug,
        BigDecimal maxSpread, BigDecimal minSize, List<RewardsConfig> configs) {
    public MarketRewards {
        Objects.requireNonNull(conditionId, "conditionId");
        configs = List.copyOf(configs);
    }
}
