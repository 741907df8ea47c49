package io.polybot.execution.risk;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Usd;
import io.polybot.core.position.Position;

import java.util.Map;

/**
 * A consistent snapshot of what we hold, for one risk decision.
 *
 * @param eventOfToken     event slug of each held token's market (positions per event)
 * @param realizedPnlToday today's realised PnL (negative is a loss)
 * @param availableBalance collateral free to spend
 */
public record Portfolio(Map<TokenId, Position> positions, Map<TokenId, String> eventOfToken, Usd realizedPnlToday,
                        Usd availableBalance) {
    public Portfolio {
        positions = Map.copyOf(positions);
        eventOfToken = Map.copyOf(eventOfToken);
    }

    public Usd costIn(TokenId token) {
        Position p = positions.get(token);
        return p == null ? Usd.ZERO : p.costBasis();
    }

    public Usd totalExposure() {
        return positions.values().stream().map(Position::costBasis).reduce(Usd.ZERO, Usd::plus);
    }

    /** Open positions in the given event other than in {@code except}. */
    public long openPositionsInEvent(String eventSlug, TokenId except) {
        if (eventSlug == null) return 0;
        return positions.values().stream()
                .filter(p -> !p.size().isZero() && !p.token().equals(except))
                .filter(p -> eventSlug.equals(eventOfToken.get(p.token())))
                .count();
    }
}
