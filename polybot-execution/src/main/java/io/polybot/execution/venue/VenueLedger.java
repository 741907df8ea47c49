package io.polybot.execution.venue;

import io.polybot.core.market.TokenId;
import io.polybot.core.money.Size;
import io.polybot.core.money.Usd;
import io.polybot.core.order.OrderHash;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The venue's records of our account, read over REST: the polling fallback of the order feed and
 * the reconciler's source of truth. Every method throws {@link VenueException} when the venue
 * cannot be read.
 */
public interface VenueLedger {

    /** One order by hash; empty when the venue does not know it (never received it). */
    Optional<VenueEvent.OrderUpdate> order(OrderHash hash);

    /** Our orders open (resting) at the venue. */
    List<VenueEvent.OrderUpdate> openOrders();

    /** Trades in these tokens that filled any of our orders, one report per order filled. */
    List<VenueEvent.TradeReport> trades(Collection<TokenId> tokens);

    /** Our holdings of these outcome tokens, in shares (zero when none). */
    Map<TokenId, Size> tokenBalances(Collection<TokenId> tokens);

    /** Our collateral (pUSD). */
    Usd collateral();
}
