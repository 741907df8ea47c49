package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.TokenId;

import java.math.BigDecimal;

/**
 * How many of a basket's wallets lean towards one outcome of a market: of the basket's wallets
 * that traded the market in the window ({@code active}), those whose net notional in this outcome
 * is a purchase ({@code agreeing}), and the price they paid on average.
 */
public record BasketLean(ConditionId market, TokenId token, String outcome, int agreeing, int active, BigDecimal vwap) {}
