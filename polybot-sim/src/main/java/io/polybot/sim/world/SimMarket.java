package io.polybot.sim.world;

import io.polybot.core.market.Market;
import io.polybot.core.market.OutcomeToken;

import java.math.BigDecimal;

/**
 * A simulated binary market: the public {@link Market}, its event's title, and the hidden truth.
 *
 * @param trueProbability the real chance that "Yes" wins; only the informed wallets trade on it
 * @param openingPrice    the "Yes" price the market makers first quote around (the crowd's wrong guess)
 */
public record SimMarket(Market market, String eventTitle, BigDecimal trueProbability, BigDecimal openingPrice) {
    public SimMarket {
        if (market == null || eventTitle == null) throw new IllegalArgumentException("market and event title are required");
        if (market.tokens().size() != 2) throw new IllegalArgumentException("a simulated market is binary: " + market.conditionId());
        if (trueProbability.signum() <= 0 || trueProbability.compareTo(BigDecimal.ONE) >= 0)
            throw new IllegalArgumentException("true probability must be in (0, 1), was " + trueProbability);
    }

    /** The UMA question id in the venue's shape (0x + 64 hex); the sim derives it from the condition id. */
    public String questionId() {
        return "0x" + new StringBuilder(market.conditionId().value().substring(2)).reverse();
    }

    public OutcomeToken yes() { return market.tokens().get(0); }

    public OutcomeToken no() { return market.tokens().get(1); }

    /** The outcome that is more likely than not to win: the one an informed wallet buys. */
    public OutcomeToken favoured() { return trueProbability.compareTo(new BigDecimal("0.5")) >= 0 ? yes() : no(); }

    /** True probability of the given outcome. */
    public BigDecimal trueProbability(OutcomeToken token) {
        return token.equals(yes()) ? trueProbability : BigDecimal.ONE.subtract(trueProbability);
    }
}
