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

/** Keeps the store's market metadata (tokens, tick size, minimum size, status) current from Gamma. */
public final class MarketCatalog {
    private static final Logger log = LoggerFactory.getLogger(MarketCatalog.class);
    private static final BigDecimal DEFAULT_TICK = new BigDecimal("0.01");

    private final GammaClient gamma;
    private final MarketRepository markets;

    public MarketCatalog(GammaClient gamma, MarketRepository markets) {
        this.gamma = gamma;
        this.markets = markets;
    }

    /** Fetches open markets and upserts them; returns how many were stored. A malformed market is skipped, not fatal. */
    public int refresh() throws IOException, InterruptedException {
        int stored = 0;
        for (GammaMarket gammaMarket : gamma.markets("closed=false")) {
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
        MarketStatus status = m.tradable() ? MarketStatus.OPEN : MarketStatus.CLOSED;
        return new Market(new ConditionId(m.conditionId()), m.question(), m.slug(), m.eventSlug(),
                m.category() == null ? "uncategorised" : m.category(), tokens,
                m.orderPriceMinTickSize() == null ? DEFAULT_TICK : m.orderPriceMinTickSize(),
                m.orderMinSize() == null ? BigDecimal.ZERO : m.orderMinSize(), m.negRisk(), m.endDate(), status, null);
    }
}
