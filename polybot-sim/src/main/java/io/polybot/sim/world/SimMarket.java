package io.polybot.sim.world;

import io.polybot.core.market.Market;
import io.polybot.core.market.OutcomeToken;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A simulated binary market: the public {@link Market}, its event, its life and the hidden truth.
 *
 * @param trueProbability the real chance that "Yes" wins; only the informed wallets trade on it
 * @param openingPrice    the "Yes" price the market makers first quote around (the crowd's wrong guess)
 * @param opensAt         when the market makers start quoting it
 * @param resolvesAt      when it resolves (also the market's {@code endDate})
 * @param yesWins         the outcome, drawn from the true probability when the world is made (for a
 *                        neg-risk event, exactly one member's "Yes" wins)
 */
public record SimMarket(Market market, String eventTitle, BigDecimal trueProbability, BigDecimal openingPrice,
                        Instant opensAt, Instant resolvesAt, boolean yesWins) {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public SimMarket {
        if (market == null || eventTitle == null || opensAt == null || resolvesAt == null)
            throw new IllegalArgumentException("market, event title, opening and resolution times are required");
        if (market.tokens().size() != 2) throw new IllegalArgumentException("a simulated market is binary: " + market.conditionId());
        if (trueProbability.signum() <= 0 || trueProbability.compareTo(BigDecimal.ONE) >= 0)
            throw new IllegalArgumentException("true probability must be in (0, 1), was " + trueProbability);
        if (!resolvesAt.isAfter(opensAt)) throw new IllegalArgumentException("a market resolves after it opens: " + market.conditionId());
    }

    /** The UMA question id in the venue's shape (0x + 64 hex); the sim derives it from the condition id. */
    public String questionId() {
        return "0x" + new StringBuilder(market.conditionId().value().substring(2)).reverse();
    }

    public OutcomeToken yes() { return market.tokens().get(0); }

    public OutcomeToken no() { return market.tokens().get(1); }

    public OutcomeToken winner() { return yesWins ? yes() : no(); }

    /** The outcome that is more likely than not to win: the one an informed wallet buys. */
    public OutcomeToken favoured() { return trueProbability.compareTo(HALF) >= 0 ? yes() : no(); }

    /** True probability of the given outcome. */
    public BigDecimal trueProbability(OutcomeToken token) {
        return token.equals(yes()) ? trueProbability : BigDecimal.ONE.subtract(trueProbability);
    }

    /** Open for trading at {@code time}: opened and not yet resolved. */
    public boolean openAt(Instant time) { return !time.isBefore(opensAt) && time.isBefore(resolvesAt); }
}
