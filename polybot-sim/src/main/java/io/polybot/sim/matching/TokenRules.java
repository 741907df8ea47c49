package io.polybot.sim.matching;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;

import java.math.BigDecimal;

/** What the engine needs to know about one tradable outcome token: its market and its order rules. */
public record TokenRules(TokenId token, ConditionId market, String outcome, int outcomeIndex,
                         BigDecimal tickSize, BigDecimal minOrderSize) {
    public TokenRules {
        if (token == null || market == null || outcome == null) throw new IllegalArgumentException("token rules need token, market and outcome");
        if (tickSize == null || tickSize.signum() <= 0) throw new IllegalArgumentException("tick size must be > 0 for " + token);
        if (minOrderSize == null || minOrderSize.signum() < 0) throw new IllegalArgumentException("min order size must be >= 0 for " + token);
    }

    public boolean onTick(BigDecimal price) { return price.remainder(tickSize).signum() == 0; }

    /** Prices must lie in [tick, 1 - tick]. */
    public boolean inRange(BigDecimal price) {
        return price.compareTo(tickSize) >= 0 && price.compareTo(BigDecimal.ONE.subtract(tickSize)) <= 0;
    }

    public TokenRules withTickSize(BigDecimal newTickSize) {
        return new TokenRules(token, market, outcome, outcomeIndex, newTickSize, minOrderSize);
    }
}
