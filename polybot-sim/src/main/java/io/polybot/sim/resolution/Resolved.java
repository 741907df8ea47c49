package io.polybot.sim.resolution;

import io.polybot.core.market.TokenId;

import java.time.Instant;

/** A market's result: the token that pays 1 pUSD a share, and when the market resolved. */
public record Resolved(TokenId winner, Instant time) {}
