package io.polybot.execution.risk;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Usd;
import io.polybot.core.position.Position;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A consistent snapshot of what we hold, for one risk decision. Orders sent whose answer is not
 * yet applied count as held at their worst cost ({@code pendingCost}): until the venue says what
 * filled, the room they may use is taken.
 *
 * @param eventOfToken     event slug of each held or pending token's market (positions per event)
 * @param realizedPnlToday today's realised PnL (negative is a loss)
 * @param availableBalance collateral free to spend, pending orders' worst cost taken out
 * @param pendingCost      per token, the most the orders in flight may still cost
 */
public record Portfolio(Map<TokenId, Position> positions, Map<TokenId, String> eventOfToken, Usd realizedPnlToday,
                        Usd availableBalance, Map<TokenId, Usd> pendingCost) {
    public Portfolio {
        positions = Map.copyOf(positions);
        eventOfToken = Map.copyOf(eventOfToken);
        pendingCost = Map.copyOf(pendingCost);
    }

    /** Nothing in flight. */
    public Portfolio(Map<TokenId, Position> positions, Map<TokenId, String> eventOfToken, Usd realizedPnlToday, Usd availableBalance) {
        this(positions, eventOfToken, realizedPnlToday, availableBalance, Map.of());
    }

    public Usd costIn(TokenId token) {
        Position p = positions.get(token);
        return (p == null ? Usd.ZERO : p.costBasis()).plus(pendingCost.getOrDefault(token, Usd.ZERO));
    }

    public Usd totalExposure() {
        Usd held = positions.values().stream().map(Position::costBasis).reduce(Usd.ZERO, Usd::plus);
        return pendingCost.values().stream().reduce(held, Usd::plus);
    }

    /** Open positions in the given event other than in {@code except}; a token with an order in flight counts as one. */
    public long openPositionsInEvent(String eventSlug, TokenId except) {
        if (eventSlug == null) return 0;
        Set<TokenId> open = new HashSet<>();
        positions.values().stream().filter(p -> !p.size().isZero()).forEach(p -> open.add(p.token()));
        open.addAll(pendingCost.keySet());
        open.remove(except);
        return open.stream().filter(token -> eventSlug.equals(eventOfToken.get(token))).count();
    }
}
