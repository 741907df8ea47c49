package io.polybot.sim.replay;

import io.polybot.core.market.TokenId;
import io.polybot.sim.matching.BookDepth;

import java.time.Instant;
import java.util.List;

/** One recorded order-book snapshot of one outcome token, best level first on each side. */
record RecordedBook(TokenId token, Instant time, List<BookDepth.Level> bids, List<BookDepth.Level> asks) {}
