package io.polybot.store.repo;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.MarketStatus;
import io.polybot.core.market.TokenId;

/** What a list needs to know about a market: its question, category and, once resolved, the winner. */
public record MarketSummary(ConditionId conditionId, String question, String category, MarketStatus status, TokenId winningToken) {}
