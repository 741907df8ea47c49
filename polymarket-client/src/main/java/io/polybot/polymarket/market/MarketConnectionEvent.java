package io.polybot.polymarket.market;

import io.polybot.polymarket.ws.ConnectionEvent;
import java.util.Objects;
import java.util.Set;

/**
 * A lifecycle event of one of a {@link MarketChannelClient}'s connections ({@code shard}),
 * with the assets that connection carries: on a {@link ConnectionEvent.Gap} these are the
 * assets to backfill, on a {@link ConnectionEvent.Disconnected} the books to distrust.
 */
public record MarketConnectionEvent(int shard, Set<String> assetIds, ConnectionEvent event) {
    public MarketConnectionEvent {
        assetIds = Set.copyOf(assetIds);
        Objects.requireNonNull(event, "event");
    }
}
