package io.polybot.execution.venue;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;

import java.util.Collection;
import java.util.Map;

/**
 * An independent account of our outcome-token holdings (the Data API's positions, the chain's
 * ERC-1155 balances) that the reconciler holds the store against, besides the venue's own.
 */
public interface BalanceSource {
    /** Short name for mismatch reports ("data-api", "polygon"). */
    String name();

    /** Holdings of these tokens in shares; a token absent from the answer is held at zero. Throws {@link VenueException} when unreadable. */
    Map<TokenId, Size> balances(Collection<TokenId> tokens);
}
