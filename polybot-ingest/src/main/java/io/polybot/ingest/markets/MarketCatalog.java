package io.polybot.ingest.markets;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.Market;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;
import io.polybot.polymarket.gamma.GammaClient;
import io.polybot.polymarket.gamma.GammaMarket;
import io.polybot.store.repo.MarketRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the store's market metadata (tokens, tick size, minimum size, category, end date, status)
 * current from Gamma, and records resolutions: a closed market whose outcome prices settled at 1
 * for one outcome and 0 for the rest is stored RESOLVED with that winning token.
 */
public final class MarketCatalog {
    private static final Logger log = LoggerFactory.getLogger(MarketCatalog.class);
    private static final BigDecimal DEFAULT_TICK = new BigDecimal("0.01");

    private final GammaClient gamma;
    private final MarketRepository markets;

    public MarketCatalog(GammaClient gamma, MarketRepository markets) {
        this.gamma = gamma;
        this.markets = markets;
    }

    /** Fetches open markets, then closed ones (resolutions); returns how many were stored. */
    public int refresh() throws IOException, InterruptedException {
        int open = store(gamma.markets("closed=false"));
        List<GammaMarket> closed = gamma.markets("closed=true");
        int stored = store(closed);
        long resolved = closed.stream().filter(m -> winner(m) != null).count();
        log.debug("market catalog: {} open, {} closed ({} resolved)", open, stored, resolved);
        return open + stored;
    }

    /** Upserts the markets; a malformed one is skipped, not fatal. */
    private int store(List<GammaMarket> fetched) {
        int stored = 0;
        for (GammaMarket gammaMarket : fetched) {
            try {
                markets.upsert(toMarket(gammaMarket));
                stored++;
            } catch (IllegalArgumentException e) {
                log.warn("skipped Gamma market {}: {}", gammaMarket.conditionId(), e.getMessage());
            }
        }
        return stored;
    }

    static Market toMarket(GammaMarket m) {
        if (m.clobTokenIds().size() != m.outcomes().size())
            throw new IllegalArgumentException("outcomes and clobTokenIds differ in length");
        List<OutcomeToken> tokens = new ArrayList<>();
        for (int i = 0; i < m.outcomes().size(); i++) tokens.add(new OutcomeToken(new TokenId(m.clobTokenIds().get(i)), m.outcomes().get(i), i));
        TokenId winner = winner(m);
        MarketStatus status = winner != null ? MarketStatus.RESOLVED : m.tradable() ? MarketStatus.OPEN : MarketStatus.CLOSED;
        return new Market(new ConditionId(m.conditionId()), m.question(), m.slug(), m.eventSlug(),
                m.category() == null ? "uncategorised" : m.category(), tokens,
                m.orderPriceMinTickSize() == null ? DEFAULT_TICK : m.orderPriceMinTickSize(),
                m.orderMinSize() == null ? BigDecimal.ZERO : m.orderMinSize(), m.negRisk(), m.endDate(), status, winner);
    }

    /**
     * The winning token of a closed market, or null while the result is not final: Gamma reports the
     * settlement as outcome prices of exactly 1 and 0. A UMA status other than "resolved" (a dispute,
     * a proposal still in its challenge window) means the prices are not final yet.
     */
    static TokenId winner(GammaMarket m) {
        if (!m.closed() || m.outcomePrices().size() != m.clobTokenIds().size()) return null;
        if (m.umaResolutionStatus() != null && !m.umaResolutionStatus().isBlank() && !m.umaResolutionStatus().equalsIgnoreCase("resolved"))
            return null;
        int winner = -1;
        for (int i = 0; i < m.outcomePrices().size(); i++) {
            BigDecimal price = m.outcomePrices().get(i);
            if (price.compareTo(BigDecimal.ONE) == 0) {
                if (winner >= 0) return null;
                winner = i;
            } else if (price.signum() != 0) {
                return null;
            }
        }
        return winner < 0 ? null : new TokenId(m.clobTokenIds().get(winner));
    }
}
