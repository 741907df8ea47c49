package io.polybot.core.market;

/** One outcome of a market ("Yes", "No", a team) and the token that pays if it wins. */
public record OutcomeToken(TokenId tokenId, String outcome, int outcomeIndex) {
    public OutcomeToken {
        if (tokenId == null || outcome == null || outcome.isBlank()) throw new IllegalArgumentException("token and outcome are required");
    }
}
