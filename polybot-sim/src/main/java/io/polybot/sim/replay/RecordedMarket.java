package io.polybot.sim.replay;

import io.polybot.core.market.ConditionId;
import io.polybot.core.market.OutcomeToken;
import io.polybot.core.market.TokenId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A recorded MLB market: its two outcomes (one may be inferred when only one token was ever seen),
 * and, when the outcome files know it, the winning token and when the market resolved.
 */
record RecordedMarket(ConditionId conditionId, String slug, List<OutcomeToken> tokens, Optional<TokenId> winner,
                      Optional<Instant> resolvedAt) {}
