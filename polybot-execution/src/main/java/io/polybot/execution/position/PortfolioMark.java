package io.polybot.execution.position;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Usd;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** One marking of the portfolio: the price each open position was marked at, unrealised PnL and equity. */
public record PortfolioMark(Instant at, Map<TokenId, BigDecimal> prices, Usd unrealizedPnl, Usd realizedPnl, Usd equity) {
    public PortfolioMark { prices = Map.copyOf(prices); }
}
